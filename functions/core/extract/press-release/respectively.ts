/**
 * "Respectively" lists: levels, growth rates and shares listed in order pair with each other and with the
 * flows, partners and places listed before them.
 */
import type { Flow } from '../../contract.js';
import type { PlaceMention } from './geography.js';
import type { FlowCue } from './subjects.js';
import { keywords } from './keywords.js';
import { OTHER_WAY_VERB_GAP } from './quantities.js';
import { FALL_PARTICIPLE, RISE_PARTICIPLE } from './change-verbs.js';
import { link, type Reading } from './readings.js';
import type { SentenceScene } from './sentence-scene.js';

export const RESPECTIVELY = /\brespectively\b/i;
export const RESPECTIVELY_WORDS = keywords(['respectively'], RESPECTIVELY);

const TWO_WAY_NOUN_AFTER = /^\s+(?:freight|cargo|volume|value|trade|goods|throughput|turnover)\b/i;

/**
 * Export and import flows listed in order between `from` and `to` ("exports and imports", "imports
 * and exports", "exports ... while imports"): the flows a "respectively" list pairs its figures with.
 */
export function listedFlows(s: string, cues: FlowCue[], from: number, to: number): Flow[] {
  const flows: Flow[] = [];
  for (const c of cues) {
    if (c.start < from || c.end > to) continue;
    if (c.flow === 'export' || c.flow === 'import') flows.push(c.flow);
    else if (c.flow === 'total' || c.bothWays) {
      // "Exports and imports reached X and Y ... respectively": the pair names two flows in order.
      // "Outbound and inbound trips stood at X and Y, respectively": the directions of trains and cargo likewise.
      const pair = /^(export|import|outbound|inbound)(?:s|ed)?\s+and\s+(export|import|outbound|inbound)(?:s|ed)?$/i.exec(s.slice(c.start, c.end));
      // "an import and export freight volume of X, and the highway port Y": a compound noun of two-way trade.
      if (pair && TWO_WAY_NOUN_AFTER.test(s.slice(c.end, c.end + 20))) continue;
      if (pair) flows.push(DIRECTION_FLOW[pair[1].toLowerCase()], DIRECTION_FLOW[pair[2].toLowerCase()]);
    }
  }
  return flows;
}

const DIRECTION_FLOW: Record<string, Flow> = { export: 'export', import: 'import', outbound: 'export', inbound: 'import' };

/** The growth rates listed right after "respectively" ("respectively an increase of 4.2% and 11.7%"). */
function growthsRightAfter(s: string, growths: Reading[], at: number): Reading[] {
  const run: Reading[] = [];
  let from = at + 'respectively'.length;
  for (const g of growths) {
    if (g.figure.start < from) continue;
    if (!(run.length ? NEXT_GROWTH_GAP : RESPECTIVELY_THEN_GROWTH).test(s.slice(from, g.figure.start))) break;
    run.push(g);
    from = g.figure.end;
  }
  return run;
}
// "an increase of", "up", "growing by": the words of a change right before its rate. Translated pages put the verb in the
// present or the past without a subject ("respectively increase 14.2% and 20.5%", "respectively grow by", "respectively
// year-on-year rise", "respectively climbed"), which are the same words of change.
const CHANGE_LEAD = String.raw`(?:(?:year[- ]on[- ]year\s+)?(?:(?:an?\s+)?(?:year-on-year\s+)?(?:increase|decrease|rise|drop|decline|growth|gain|fall)s?\s+(?:of|by)|(?:up|down|rising|falling|growing|increasing|decreasing|declining|climbing|dropping)(?:\s+by)?|(?:increased|decreased|rose|fell|grew|declined|climbed|dropped|jumped|surged|slid|edged\s+(?:up|down))(?:\s+by)?|(?:increase|decrease|rise|grow|fall|decline|drop|climb|gain|jump)s?(?:\s+by)?))`;
// "respectively an increase of", "respectively up", ", respectively, growing by"; "respectively in the first half, up": the
// list's period may stand between the word and the rates.
const RESPECTIVELY_THEN_GROWTH = new RegExp(String.raw`^(?:\s+(?:in|during|over|for)\s(?:[^,.;\d%]|(?:19|20)\d\d){1,40}?)?\s*,?\s*${CHANGE_LEAD}\s*$`, 'i');
// "4.5% and 3.8%", "an increase of 4.5% and a decrease of 3.8%": the next rate of the list, with its own words of change.
const NEXT_GROWTH_GAP = new RegExp(String.raw`^\s*(?:,|and|,\s*and)\s*(?:${CHANGE_LEAD}\s*)?$`, 'i');

/**
 * "Exports and imports reached X and Y, up 4.4 percent and 1.3 percent respectively": the levels
 * listed before "respectively" pair in order with the growth rates listed after them, and with the
 * flows listed before the levels when there are as many.
 */
export function pairRespectively(s: string, primaries: Reading[], growths: Reading[], cues: FlowCue[], places: PlaceMention[], at: number): void {
  at = leadingListEnd(s, primaries, growths, at) ?? at;
  // The growth rates right before "respectively", with no level between them.
  const run: Reading[] = [];
  for (const g of [...growths].reverse()) {
    if (g.figure.end > at) continue;
    if (run.length && primaries.some((l) => l.figure.start > g.figure.end && l.figure.end <= run[0].figure.start)) break;
    // "5.67 trillion yuan, up 8.8 percent, of which exports and imports were A and B respectively": a rate with levels after
    // it before the word is the whole's own, no item of a list of rates.
    if (!run.length && primaries.some((l) => l.figure.start > g.figure.end && l.figure.end <= at)) break;
    run.unshift(g);
  }
  const end = run.length ? run[0].figure.start : at;
  // "9.86 million tons and 1.92 million tons, respectively an increase of 4.2% and 11.7%": the word
  // order of a translation puts the growth rates right after "respectively".
  if (!run.length) run.push(...growthsRightAfter(s, growths, at));
  // The levels right before them, with no growth rate between them.
  const levels: Reading[] = [];
  for (const l of [...primaries].reverse()) {
    if (l.figure.end > end) continue;
    if (levels.length && growths.some((g) => g.figure.start > l.figure.end && g.figure.end <= levels[0].figure.start)) break;
    levels.unshift(l);
  }
  // "A handled X, while B and C registered Y and Z, up p and q, respectively": levels of an earlier clause are not in the list;
  // nor are they after ", and" ("A's trade came to X, 60 percent of the total, and B and C posted Y and Z, up p and q respectively").
  if (run.length >= 2 && levels.length > run.length && EARLIER_CLAUSE_GAP.test(s.slice(levels[levels.length - run.length - 1].figure.end, levels[levels.length - run.length].figure.start))) levels.splice(0, levels.length - run.length);
  if (!run.length) dropWholeBeforeParts(s, levels);
  if (run.length >= 2 && levels.length >= 1 && levels.length < run.length && pairAppositiveLevels(s, levels, run)) return;
  if (levels.length < 2 || (run.length && run.length !== levels.length)) return;
  // The list must be one stretch of text: "X and Y" / "X, Y and Z", not levels of separate clauses; or parallel
  // clauses each naming its own place ("Irkeshtam handled X in the six months, while Torugart's volume was Y").
  // "exports were X -- chiefly fruit and machinery -- and imports Y": an aside between dashes is not part of the list.
  const gap = (i: number) => s.slice(levels[i - 1].figure.end, levels[i].figure.start).replace(DASH_ASIDE, ' ');
  // "592.4 million units worth 142.3 billion yuan, up 4.1% and 6.7% respectively": a quantity and its worth are a list too.
  // "4.78 million tonnes of goods carried on the railway in the ten months, worth 20.3 billion yuan": the quantity's
  // description may stand between it and its worth. "3,412 trains passed through the railway port in the period, carrying
  // 356,000 TEUs of goods, up 5.1 percent and 7.4 percent respectively": so may a count of trains and the cargo they carried.
  // "dispatched 1,264 container trains in the first 11 months of 2026 and received 973, up 28.4% and 15.2% ... respectively":
  // so may the period of the first count, before the verb of the other way.
  const oneStretch = levels.every((_, i) => i === 0 || (/^[^.;]{0,40}$/.test(gap(i)) && /\band\b|,|\b(?:worth|valued\s+at)\b/.test(gap(i))) || WORTH_AFTER_DESCRIPTION.test(gap(i)) || CARRIED_WITH_GAP.test(gap(i)) || OTHER_WAY_VERB_GAP.test(gap(i)));
  const parallel = !oneStretch && run.length > 0 && levels.every((_, i) => i === 0 || (/^[^.;]{0,100}$/.test(gap(i)) && /\b(?:and|while|whereas)\b/.test(gap(i))));
  if (!oneStretch && !(parallel && pairInterleavedAreas(levels, places, endOfLastBefore([...primaries, ...growths], levels[0].figure.start)))) return;
  run.forEach((g, i) => link(levels[i], g));
  const before = primaries.filter((l) => l.figure.end <= levels[0].figure.start && !levels.includes(l));
  const from = Math.max(0, ...before.map((l) => l.figure.end), ...growths.filter((g) => g.figure.end <= levels[0].figure.start).map((g) => g.figure.end));
  // "Hekou and Mohan handled imports and exports worth A and B respectively": the listed places take
  // the list; "imports and exports" is then their two-way trade, not two flows.
  if (pairListedAreas(levels, places, from) || pairInterleavedAreas(levels, places, from)) return;
  pairListedFlows(s, cues, levels, from, levels[0].figure.start);
}

// "Total imports, at $24.1 billion, and imports of machinery were 1.9 percent and 4.4 percent lower, respectively", "Exports,
// worth X, and re-exports rose 3% and 5% respectively", "Coal, valued at X, and iron ore ... fell 2% and 6%, respectively": a list
// of subjects, one (or more) carrying its level in an apposition set off by commas, pairs each rate with the subject in its
// place; a level goes with the rate of the subject it stands after (a175).
const APPOSITION_BEFORE = /,\s*(?:at|worth|valued\s+at|totall?ing|amounting\s+to|of)\s+(?:(?:about|around|nearly|some|over|more\s+than|roughly|almost)\s+)?(?:US\$|USD|RMB|CNY|EUR|[$€£¥])?\s*$/i;
const SUBJECT_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/g;

/** Pairs appositive levels (APPOSITION_BEFORE) with the rates of their subjects' places in the list; false when the list cannot be told. */
function pairAppositiveLevels(s: string, levels: Reading[], run: Reading[]): boolean {
  const from = Math.max(s.lastIndexOf(';', levels[0].figure.start), s.lastIndexOf(':', levels[0].figure.start)) + 1;
  let subjects = '';
  const places: number[] = [];
  let at = from;
  for (const l of levels) {
    const lead = APPOSITION_BEFORE.exec(s.slice(at, l.figure.start));
    if (!lead || !/^\s*,/.test(s.slice(l.figure.end, l.figure.end + 3))) return false;
    subjects += s.slice(at, at + lead.index);
    places.push(subjects.length);
    at = l.figure.end + s.slice(l.figure.end).indexOf(',') + 1;
    subjects += ' ';
  }
  subjects += s.slice(at, run[0].figure.start);
  const separators = [...subjects.trim().matchAll(SUBJECT_SEPARATOR)].map((m) => m.index + (subjects.length - subjects.trimStart().length));
  if (separators.length + 1 !== run.length) return false;
  levels.forEach((l, i) => link(l, run[separators.filter((k) => k < places[i]).length]));
  return true;
}

// "Exports and imports through the port, respectively 8.47 billion yuan and 6.45 billion yuan, rose 22.6 percent and 9.1
// percent", "were respectively X and Y, up p and q", "respectively at X and Y": a translation may put the word before the
// list it governs (Chinese 分别 stands before the verb), with a verb of level or a preposition between. The list then reads as if
// the word closed it: after its levels, and after the rates that follow them if any.
const RESPECTIVELY_LEADS_LEVEL = /^respectively\s*,?\s*(?:(?:were|was|are|is|stood\s+at|standing\s+at|came\s+to|reached|reaching|totall?ed|totall?ing|amounted\s+to|amounting\s+to|valued\s+at|worth|at|of)\s+)?(?:(?:about|around|nearly|some|over|more\s+than)\s+)?(?:US\$|USD|RMB|CNY|EUR|[$€£¥])?\s*$/i;
const LEVELS_THEN_GROWTH = new RegExp(String.raw`^\s*,?\s*(?:and\s+)?(?:(?:they|these|which)\s+)?${CHANGE_LEAD}\s*$`, 'i');

/** Where a list that "respectively" at `at` leads ends: after its levels and the rates right after them, or undefined when it leads no list. */
function leadingListEnd(s: string, primaries: Reading[], growths: Reading[], at: number): number | undefined {
  const first = primaries.find((l) => l.figure.start > at);
  if (!first || !RESPECTIVELY_LEADS_LEVEL.test(s.slice(at, first.figure.start))) return undefined;
  let last = first;
  for (const l of primaries) {
    if (l.figure.start > last.figure.end && LIST_ITEM_GAP.test(s.slice(last.figure.end, l.figure.start))) last = l;
  }
  if (last === first) return undefined;
  let end = last.figure.end;
  for (const g of growths) {
    if (g.figure.start < end) continue;
    if (!(end === last.figure.end ? LEVELS_THEN_GROWTH : NEXT_GROWTH_GAP).test(s.slice(end, g.figure.start))) break;
    end = g.figure.end;
  }
  return end;
}

const DASH_ASIDE = /\s(?:--|[–—])\s[^.;]*?\s(?:--|[–—])\s/g;
// "1,483 trips were made, the most in any month so far, with 145,000 TEUs shipped, up 7 percent and 10 percent
// respectively": a second level joined by "with" after the first one's description is the list's next item.
const WORTH_AFTER_DESCRIPTION = /^[^.;]{0,120},\s*(?:worth|valued\s+at|carrying|transporting|with)\s*(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/i;

// "1,640 trips were completed with 174,000 TEUs of cargo on board, up 3 percent and 4 percent respectively": a count and
// the cargo it carried, joined by "with" or "carrying" with no comma, are a list as well.
// "12,600 second-hand vehicles with a total value of 1.98 billion yuan, up 85.4 percent and 72.1 percent respectively", "810,000
// tonnes at a declared value of", "3,200 cars having a combined value of": so are a quantity and its worth named as a noun.
const CARRIED_WITH_GAP = /^[^.;,\d]{0,40}\b(?:with|carrying|transporting|(?:with|at|having)\s+(?:a|an)\s+(?:(?:combined|total|overall|estimated|declared|aggregate)\s+)?value\s+of)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/i;

// "Trade rose 52.7 percent to 9.8 billion yuan, of which exports were A and imports B, up p and q respectively", "..., with
// exports at A and imports at B", "..., including A of exports and B of imports": a whole before the words that bring in its
// parts is no item of the parts' list either.
const EARLIER_CLAUSE_GAP = /[;]|,\s*(?:while|whereas|and|with|including|comprising|(?:of|among|within)\s+(?:which|this|these|them|it))\b/i;
// "Trade with Russia came to 162.4 billion yuan, of which exports and imports were A and B respectively", "..., with exports
// and imports at A and B, respectively", "...; among them, imports and exports stood at A and B respectively": with no rates
// to count the list by, a whole before the words that bring in its parts is still no item of the parts' list (a bare ", and"
// may join the last item of a list, so it does not cut here).
const PARTS_AFTER_WHOLE_GAP = /[;]|,\s*(?:while|whereas|with|including|comprising|(?:of|among|within)\s+(?:which|this|these|them|it))\b/i;

/** Drops from `levels` (a list with no rates) the levels before the last whole-then-parts gap that leaves two or more. */
function dropWholeBeforeParts(s: string, levels: Reading[]): void {
  for (let i = levels.length - 2; i >= 1; i--) {
    if (!PARTS_AFTER_WHOLE_GAP.test(s.slice(levels[i - 1].figure.end, levels[i].figure.start))) continue;
    levels.splice(0, i);
    return;
  }
}

// "handled 1.06 billion tonnes of cargo and 30.15 million TEUs in the same period, up 3.9% and 8.7%.": growth rates
// listed after a comma and one word of change, closing the sentence, list the levels' changes in order, as if
// "respectively" followed them.
const IMPLIED_LIST_LEAD = /,\s*(?:up|down|rising|falling|increasing|decreasing|growing|declining)(?:\s+by)?\s*$/i;
// "came to 31.0 and 20.1 billion dollars, up 31.2% and 8.5%; trade with Italy was ...": a list closing its clause before a
// semicolon is read the same way.
const IMPLIED_LIST_TAIL = /^\s*(?:(?:year[- ]on[- ]year|y\/y|yoy)\s*)?(?:[.]?\s*$|;)/i;

/** Where an unwritten "respectively" would stand (after a list of growth rates closing the sentence or a clause before a semicolon), or -1. */
export function impliedRespectively(s: string, growths: Reading[]): number {
  for (let last = growths.length - 1; last >= 1; last--) {
    if (!IMPLIED_LIST_TAIL.test(s.slice(growths[last].figure.end, growths[last].figure.end + 40))) continue;
    let first = last;
    while (first > 0 && LIST_ITEM_GAP.test(s.slice(growths[first - 1].figure.end, growths[first].figure.start))) first--;
    if (first < last && IMPLIED_LIST_LEAD.test(s.slice(0, growths[first].figure.start))) return growths[last].figure.end;
  }
  return -1;
}

/**
 * "Yantai and Weifang followed, with 396.1 billion yuan and 251.7 billion yuan": places listed before as many
 * levels listed together pair with them in order, "respectively" or not.
 */
export function pairListedAreasInOrder(s: string, primaries: Reading[], places: PlaceMention[]): void {
  if (!places.some((p) => p.inList && p.role === 'area')) return;
  for (let i = primaries.length - 1; i > 0; i--) {
    const levels = levelsListedBefore(s, primaries, primaries[i].figure.end);
    if (levels.length < 2) continue;
    pairListedAreas(levels, places, endOfLastBefore(primaries, levels[0].figure.start));
    i -= levels.length - 1;
  }
}

/** "Alashankou cleared 7,816 trains and Horgos 7,402, up A and B respectively": each level takes the one place right before it. */
function pairInterleavedAreas(levels: Reading[], places: PlaceMention[], from: number): boolean {
  const owners = levels.map((l, i) => places.filter((p) => p.role === 'area' && p.start >= (i ? levels[i - 1].figure.end : from) && p.end <= l.figure.start));
  if (!owners.every((o) => o.length === 1)) return false;
  levels.forEach((l, i) => (l.areaOverride = owners[i][0].name));
  return true;
}

/** The levels listed right before "respectively" ("61.2 billion, 55.3 billion and 13.1 billion dollars, respectively"). */
function levelsListedBefore(s: string, primaries: Reading[], at: number): Reading[] {
  const levels: Reading[] = [];
  for (const l of [...primaries].reverse()) {
    if (l.figure.end > at) continue;
    if (levels.length ? !LIST_ITEM_GAP.test(s.slice(l.figure.end, levels[0].figure.start)) : !LIST_END_GAP.test(s.slice(l.figure.end, at))) break;
    levels.unshift(l);
  }
  return levels;
}

// ", up 27.3 percent, 22.5 percent and 18.9 percent": the words of change that open a list of growth rates.
const GROWTH_LIST_LEAD = new RegExp(String.raw`,?\s*${CHANGE_LEAD}\s*$`, 'i');

/**
 * Where the levels listed before "respectively" at `at` end: before the growth rates listed between them and the word
 * ("A, B and C, up p, q and r respectively"), else at the word.
 */
function levelListEnd(s: string, growths: Reading[], at: number): number {
  let first: Reading | undefined;
  for (const g of [...growths].reverse()) {
    if (g.figure.end > at) continue;
    if (!(first ? NEXT_GROWTH_GAP : LIST_END_GAP).test(s.slice(g.figure.end, first ? first.figure.start : at))) break;
    first = g;
  }
  const lead = first ? GROWTH_LIST_LEAD.exec(s.slice(Math.max(0, first.figure.start - 40), first.figure.start)) : null;
  return first && lead ? first.figure.start - lead[0].length : at;
}

/**
 * "exports to the EU, ASEAN and Japan were 61.2 billion, 55.3 billion and 13.1 billion dollars, respectively": partners pair
 * with levels in order; so they do when the levels' growth rates are listed before "respectively" too.
 */
export function pairLevelsWithPartners(s: string, primaries: Reading[], growths: Reading[], places: PlaceMention[], at: number): void {
  const levels = levelsListedBefore(s, primaries, levelListEnd(s, growths, at));
  if (levels.length < 2) return;
  const from = endOfLastBefore(primaries, levels[0].figure.start);
  pairListedPartners(levels, places, from);
  pairListedAreas(levels, places, from);
}

// ", with furniture up 9.6 percent and garments down 2.4 percent" after a list: a change named by one word of its item.
// ", with diesel growing 44.6 percent", "; jet fuel alone rose 12 percent", ", of which gasoline climbed 8%", "while the
// crude oil figure was down 3%": the item may be named by one or two words, after "with", "while", "of which" or a semicolon,
// its verb a participle or a finite verb of change; the list's period may come first ("respectively in the first ten months
// of 2019, with diesel growing").
const NAMED_CHANGE_BEFORE = /^(?:\s+(?:in|during|over|for)\s+[^,;.]{1,40}?)?(?:\s*[,;]?\s*(?:with|while|whereas|and|(?:among|of)\s+which)\s+|\s*[,;]\s*)(?:the\s+)?([A-Za-z][\w-]*(?:\s+(?!(?:alone|figure|volume|shipments|exports|imports)\b)[A-Za-z][\w-]*)?)\s+(?:(?:alone|figure|volume|shipments|exports|imports)\s+)?(?:(?:was|were)\s+)?(?:up|down|rising|falling|growing|declining|increasing|decreasing|climbing|jumping|rose|fell|grew|declined|increased|decreased|climbed|jumped|gained|dropped|slipped)(?:\s+by)?\s+(?:(?:about|around|nearly|almost|some)\s+)?$/i;
// The words of a list: its items split at commas, or at commas and "and" ("diesel, jet fuel and gasoline").
const LIST_SPLIT = /,|\band\b/;
const AND_INSIDE = /\S\s+and\s+\S/;

/**
 * "A and parts, B, and C were worth X, Y and Z respectively, with A up p and C down q": changes after the list, each named by a
 * word of one listed item (the items are the last comma-separated pieces before the first level), pair with that item's level.
 */
export function pairNamedGrowthsAfterList(s: string, primaries: Reading[], growths: Reading[], at: number): void {
  const levels = levelsListedBefore(s, primaries, at);
  if (levels.length < 2) return;
  const head = s.slice(endOfLastBefore(primaries, levels[0].figure.start), levels[0].figure.start);
  const byCommas = head.split(',');
  const byWords = head.split(LIST_SPLIT).filter((piece) => piece.trim() !== '');
  // "diesel, jet fuel and gasoline were": a last piece with "and" inside (not a serial ", and C") joins the last two items.
  const joinedByAnd = AND_INSIDE.test(byCommas[byCommas.length - 1]);
  const lists = (joinedByAnd ? [byWords] : [byCommas, byWords]).filter((pieces) => pieces.length >= levels.length).map((pieces) => pieces.slice(-levels.length));
  if (!lists.length) return;
  let from = at + 'respectively'.length;
  for (const g of growths) {
    if (g.figure.start < from || g.level) continue;
    const named = NAMED_CHANGE_BEFORE.exec(s.slice(from, g.figure.start));
    if (!named) return;
    const owner = lists.map((items) => namedItem(items, named[1])).find((i) => i >= 0);
    if (owner !== undefined && !levels[owner].growth) link(levels[owner], g);
    from = g.figure.end;
  }
}

/** The one item that holds the words `named` (or, failing that, its last word), or -1. */
function namedItem(items: string[], named: string): number {
  for (const words of [named, named.split(/\s+/).at(-1)!]) {
    const word = new RegExp(`\\b${words.replace(/\s+/g, '\\s+')}\\b`, 'i');
    const owners = items.flatMap((item, i) => (word.test(item) ? [i] : []));
    if (owners.length === 1) return owners[0];
  }
  return -1;
}

// ", the former rising 3.5 percent and the latter falling 14.3 percent", "the first up p and the second down q": a change
// after a list of two, named by its place in the list.
// ("respectively in the first four months, with the first up p and the second down q": the list's period may come first.)
// Any participle of rise or fall tells the change ("the former expanding p and the latter edging down q"); so does a finite verb
// ("and the latter shrank q") or a noun of change with its verb ("the former posting growth of p", "the latter seeing a drop of q").
const ORDINAL_CHANGE_WORDS = String.raw`(?:up|down|${RISE_PARTICIPLE}|${FALL_PARTICIPLE}|(?:rose|grew|increased|expanded|gained|jumped|climbed|fell|declined|decreased|dropped|shrank|contracted|slipped|dipped|eased)|(?:posting|registering|recording|seeing|showing|logging)\s+(?:an?\s+)?(?:(?:increase|rise|growth|gain|expansion|decline|decrease|drop|fall|contraction)\s+of))`;
const ORDINAL_CHANGE_BEFORE = new RegExp(String.raw`^(?:\s+(?:in|during|over|for)\s+[^,;.]{1,40}?)?\s*[,;]?\s*(?:and\s+|while\s+|whereas\s+|with\s+)?the\s+(former|latter|first|second)\s+(?:(?:was|were|is|are)\s+)?${ORDINAL_CHANGE_WORDS}(?:\s+by)?\s+(?:(?:about|around|nearly|almost|some)\s+)?$`, 'i');
const ORDINAL_INDEX: Record<string, number> = { former: 0, first: 0, latter: 1, second: 1 };

/** "A and B stood at X and Y respectively, the former rising p and the latter falling q": each change to its level of the two. */
export function pairFormerAndLatter(s: string, primaries: Reading[], growths: Reading[], at: number): void {
  const levels = levelsListedBefore(s, primaries, at);
  if (levels.length !== 2) return;
  let from = at + 'respectively'.length;
  for (const g of growths) {
    if (g.figure.start < from) continue;
    const named = ORDINAL_CHANGE_BEFORE.exec(s.slice(from, g.figure.start));
    if (!named) return;
    const level = levels[ORDINAL_INDEX[named[1].toLowerCase()]];
    if (!g.level && !level.growth) link(level, g);
    from = g.figure.end;
  }
}

/** Where the words of a list that starts at `start` begin: the end of the last reading before it (0 when none). */
function endOfLastBefore(readings: Reading[], start: number): number {
  return Math.max(0, ...readings.filter((r) => r.figure.end <= start).map((r) => r.figure.end));
}

/** The partners named from `from` up to the first item, one per item in order, when there are as many. */
function pairListedPartners(items: Reading[], places: PlaceMention[], from: number): void {
  const partners = places.filter((p) => p.role === 'partner' && p.start >= from && p.end <= items[0].figure.start);
  if (partners.length === items.length) items.forEach((r, i) => (r.partnerOverride = partners[i].name));
}

/** The flows listed between `from` and `to`, one per item in order, when there are as many. */
function pairListedFlows(s: string, cues: FlowCue[], items: Reading[], from: number, to: number): void {
  // "fruit imported and exported through the ports amounted to 1.96 million tons, with a value of 15.48 billion yuan, up
  // 21.7% and 33.5% respectively": a quantity and its worth measure the same goods, so "imported and exported" is their
  // two-way trade, not one flow per item (a220).
  if (quantityAndWorth(items)) return;
  const flows = listedFlows(s, cues, from, to);
  if (flows.length === items.length) items.forEach((r, i) => (r.flowOverride = flows[i]));
}

/** A list of a physical quantity (or a count of goods) and a money value: two measures of one lot of goods. */
function quantityAndWorth(items: Reading[]): boolean {
  return items.some((r) => r.figure.measure === 'value') && items.some((r) => r.figure.measure === 'quantity' || r.figure.measure === 'count');
}

/** "Qingdao, Yantai and Weifang reported trade of A, B and C, respectively": one listed place per level, in order. */
function pairListedAreas(levels: Reading[], places: PlaceMention[], from: number): boolean {
  const areas = places.filter((p) => p.role === 'area' && p.inList && p.start >= from && p.end <= levels[0].figure.start);
  if (areas.length !== levels.length) return false;
  levels.forEach((l, i) => (l.areaOverride = areas[i].name));
  return true;
}

const LIST_ITEM_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/i;
// "... 16.8 million tons over the period, respectively", "... 6.47 Mt over the ten months, respectively": the span the
// listed levels cover may close the list before "respectively".
const LIST_END_GAP = /^\s*(?:(?:over|in|during|for)\s+the\s+(?:period|(?:[\w-]+\s+)?(?:months|quarter|half|year))\s*)?[\s,]*$/i;
// "grew 11.6% and 12.2% against the same period in 2024, amounting to X and Y respectively": the base the changes are
// measured against may stand between them and the levels, which a participle ("amounting to", "reaching") then leads into.
const CHANGE_BASE = String.raw`(?:against|over|from|on|compared\s+(?:with|to))\s+(?:the\s+)?(?:same\s+(?:period|month|quarter|months)|a\s+year\s+(?:earlier|ago|before)|(?:last|the\s+previous|a)\s+year)(?:\s+(?:of|in)\s+(?:19|20)\d{2}|\s+(?:last|a)\s+year)?`;
const GROWTHS_TO_LEVELS_GAP = new RegExp(String.raw`^\s*(?:(?:year[- ]on[- ]year|y\/y|yoy)\s+)?(?:${CHANGE_BASE}\s*,?\s*)?(?:to|reaching|at|amounting\s+to|totall?ing)\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?$`, 'i');

/**
 * "Exports and imports rose 5.1% and 2.2% to 2.3 trillion yuan and 1.6 trillion yuan respectively":
 * growth rates listed before as many levels pair with them in order, and with the flows listed
 * before the growth rates when there are as many.
 */
export function pairGrowthsBeforeLevels(s: string, primaries: Reading[], growths: Reading[], cues: FlowCue[], at: number, places: PlaceMention[] = []): void {
  const before = levelsListedBefore(s, primaries, at);
  // "rose 4.3 percent and 6.9 percent respectively, to 3.12 trillion yuan and 2.68 trillion yuan": "respectively" closes
  // the growth rates, and the levels they lead into are listed after it.
  const levels = before.length >= 2 ? before : levelsListedAfter(s, primaries, at);
  if (levels.length < 2 && pairOpeningClauseGrowths(s, primaries, growths, cues)) return;
  if (levels.length < 2 || levels.some((l) => l.growth)) return;
  if (levels !== before) return pairGrowthsClosedByRespectively(s, levels, [...primaries, ...growths], growths, cues, places, at);
  const run: Reading[] = [];
  for (const g of [...growths].reverse()) {
    if (g.figure.end > levels[0].figure.start) continue;
    if (run.length ? !LIST_ITEM_GAP.test(s.slice(g.figure.end, run[0].figure.start)) : !GROWTHS_TO_LEVELS_GAP.test(s.slice(g.figure.end, levels[0].figure.start))) break;
    run.unshift(g);
  }
  if (run.length !== levels.length || run.some((g) => g.level)) return;
  run.forEach((g, i) => link(levels[i], g));
  pairListedFlows(s, cues, levels, endOfLastBefore(primaries, run[0].figure.start), run[0].figure.start);
}

// "Rising respectively 2.9% and 15.7%, imports of timber and pulp reached X and Y", "Up 4% and 9% respectively, exports and
// imports came to X and Y", "Having grown by 3 and 5 percent, ...": the growth rates listed in a clause of change that opens
// the sentence, set off by a comma, pair in order with as many levels listed in the main clause after it.
const OPENING_CHANGE_CLAUSE = new RegExp(String.raw`^\s*(?:[A-Z][^,;.%]{0,50},\s*)?(?:respectively\s+)?(?:having\s+(?:grown|risen|fallen|climbed|gained|increased|decreased|declined|dropped)(?:\s+by)?|${CHANGE_LEAD})(?:\s+respectively)?\s*$`, 'i');
const OPENING_CLAUSE_CLOSE = /^\s*(?:%|percent|per\s+cent)?(?:\s*(?:respectively|year[- ]on[- ]year|y\/y|on\s+the\s+year|(?:from|on|over|than)\s+a\s+year\s+(?:earlier|ago|before)))*\s*,[^.;\d]{4,120}$/i;

/** Pairs the growths of an opening clause of change with the levels listed in the main clause (OPENING_CHANGE_CLAUSE); true when it did. */
export function pairOpeningClauseGrowths(s: string, primaries: Reading[], growths: Reading[], cues: FlowCue[]): boolean {
  const run: Reading[] = [];
  for (const g of growths) {
    if (!(run.length ? LIST_ITEM_GAP.test(s.slice(run[run.length - 1].figure.end, g.figure.start)) : OPENING_CHANGE_CLAUSE.test(s.slice(0, g.figure.start)))) break;
    run.push(g);
  }
  if (run.length < 2) return false;
  const levels: Reading[] = [];
  for (const l of primaries) {
    if (l.figure.start < run[run.length - 1].figure.end) continue;
    if (!(levels.length ? LIST_ITEM_GAP : OPENING_CLAUSE_CLOSE).test(s.slice(levels.length ? levels[levels.length - 1].figure.end : run[run.length - 1].figure.end, l.figure.start))) break;
    levels.push(l);
  }
  if (levels.length !== run.length || levels.some((l) => l.growth) || run.some((g) => g.level)) return false;
  run.forEach((g, i) => link(levels[i], g));
  pairListedFlows(s, cues, levels, run[run.length - 1].figure.end, levels[0].figure.start);
  return true;
}

// ", to 3.12 trillion yuan and", "respectively to": the words from "respectively" to the first of the levels a listed change leads into.
const RESPECTIVELY_TO_LEVELS_GAP = /^respectively\s*,?\s*(?:to|reaching|at)\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?$/i;

/** The levels listed right after "respectively ... to" ("respectively, to X and Y"). */
function levelsListedAfter(s: string, primaries: Reading[], at: number): Reading[] {
  const levels: Reading[] = [];
  for (const l of primaries) {
    if (l.figure.start < at) continue;
    const gap = s.slice(levels.length ? levels[levels.length - 1].figure.end : at, l.figure.start);
    if (!(levels.length ? LIST_ITEM_GAP : RESPECTIVELY_TO_LEVELS_GAP).test(gap)) break;
    levels.push(l);
  }
  return levels;
}

/** The growth rates listed right before "respectively" pair in order with the levels listed after it, and with the partners and flows before them. */
function pairGrowthsClosedByRespectively(s: string, levels: Reading[], readings: Reading[], growths: Reading[], cues: FlowCue[], places: PlaceMention[], at: number): void {
  const run: Reading[] = [];
  for (const g of [...growths].reverse()) {
    if (g.figure.end > at) continue;
    if (!(run.length ? LIST_ITEM_GAP : /^\s*,?\s*$/).test(s.slice(g.figure.end, run.length ? run[0].figure.start : at))) break;
    run.unshift(g);
  }
  if (run.length !== levels.length || run.some((g) => g.level)) return;
  run.forEach((g, i) => link(levels[i], g));
  const from = endOfLastBefore(readings, run[0].figure.start);
  pairListedPartners(levels, places, from);
  pairListedFlows(s, cues, levels, from, run[0].figure.start);
}

/**
 * "Russia and Kazakhstan rose 5% and 3%, respectively": unpaired growths listed before "respectively" take the partners
 * and flows listed before them; "Yichang and Xiangyang grew 18.2 percent and 12.5 percent, respectively" the areas.
 */
export function pairRespectivelyGrowths(scene: SentenceScene, primaries: Reading[], growths: Reading[], at: number): void {
  const { s, places, cues } = scene;
  const all = growths.filter((g) => !g.level && g.figure.end <= at);
  // "Exports to the US plunged 28.6 percent, while those to the EU and ASEAN grew 14.8 percent and 8.2 percent
  // respectively": the list is the growths written together before "respectively", not a growth of an earlier clause.
  const run = listedTogether(s, all);
  if (run.length < 2) return;
  const from = run.length < all.length ? all[all.length - run.length - 1].figure.end : endOfLastBefore(primaries, run[0].figure.start);
  pairListedPartners(run, places, from);
  pairListedAreas(run, places, from);
  // "exports amounted to X (+3.8%) and imports to Y (-1.2%) (+0.9% and +6.4% in August, respectively)": a bracketed
  // pair after the levels names no flows of its own; it goes with the flows the sentence listed before it.
  const bracketed = /\(\s*$/.test(s.slice(from, run[0].figure.start)) && !listedFlows(s, cues, from, run[0].figure.start).length;
  pairListedFlows(s, cues, run, bracketed ? 0 : from, run[0].figure.start);
}

/**
 * "Trade was 29.7 billion yuan, with the port's exports and imports growing 8.7 percent and 1.9 percent respectively", "..., while
 * imports and exports rose 5 and 3 percent respectively": growth rates listed right before "respectively" for as many flows named
 * after the last level are those flows' own (pairRespectivelyGrowths gives them their flows), none of a level before.
 */
export function growthsOfListedFlows(s: string, primaries: Reading[], growths: Reading[], cues: FlowCue[], at: number): Set<Reading> {
  const run = listedTogether(s, growths.filter((g) => g.figure.end <= at));
  if (run.length < 2 || run.some((g) => g.level) || !/^[\s,]*$/.test(s.slice(run[run.length - 1].figure.end, at))) return new Set();
  const from = endOfLastBefore(primaries, run[0].figure.start);
  return from > 0 && listedFlows(s, cues, from, run[0].figure.start).length === run.length ? new Set(run) : new Set();
}

/** The growths at the end of `run` written as one list ("14.8 percent and 8.2 percent"); all of `run` when the last two are not. */
function listedTogether(s: string, run: Reading[]): Reading[] {
  let first = run.length - 1;
  while (first > 0 && LIST_ITEM_GAP.test(s.slice(run[first - 1].figure.end, run[first].figure.start))) first--;
  return first < run.length - 1 ? run.slice(first) : run;
}

/** "South Korea and Japan followed with 9.8% and 4.1%, respectively": shares pair with the partners listed before them. */
export function pairRespectivelyShares(scene: SentenceScene, readings: Reading[], at: number): void {
  const { s, places } = scene;
  const shares = readings.filter((r) => r.role === 'share' && r.figure.end <= at);
  const list: Reading[] = [];
  for (const r of [...shares].reverse()) {
    if (list.length && !/^(?:,\s*|\s+and\s+)$/.test(s.slice(r.figure.end, list[0].figure.start))) break;
    list.unshift(r);
  }
  if (list.length < 2) return;
  const tail = s.slice(list[list.length - 1].figure.end, at);
  const blank = /^[\s,]*$/.test(tail);
  const whole = SHARES_OF_WHOLE_TAIL.exec(tail) ?? (blank ? SHARES_OF_WHOLE_AFTER.exec(s.slice(at)) : null);
  if (!blank && !whole) return;
  const from = endOfLastBefore(readings, list[0].figure.start);
  pairListedPartners(list, places, from);
  // "Qingdao, Yantai and Weifang accounted for 26.9 percent, 15.2 percent and 9.4 percent of the province's total
  // respectively": the listed places take the shares, each a part of the whole the tail names.
  if (!whole || !pairListedAreas(list, places, from)) return;
  const flow: Flow = /^export/i.test(whole[1]) ? 'export' : /^import/i.test(whole[1]) ? 'import' : 'total';
  for (const r of list) r.flowOverride = flow;
}

// The whole after a list of shares and before "respectively": "of the province's total", "of the city's exports".
// (a249) Or right after it, in a translation's order: "Qingdao and Yantai accounted for 26.3 percent and 14.9 percent respectively
// of the provincial total", "made up 31% and 12%, respectively, of the city's exports".
const SHARES_OF_WHOLE_AFTER = /^respectively\s*,?\s*of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(total|trade|exports|imports)\b/i;
const SHARES_OF_WHOLE_TAIL = /^\s*of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(total|trade|exports|imports)\b[\s,]*$/i;
