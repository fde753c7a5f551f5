/**
 * Sentences → observation drafts. Decides what each figure is (a level, a growth rate, a share, or
 * not a statistic), pairs growth rates with the levels they qualify, and fills period, area,
 * partner, flow and commodity from the sentence or, when the sentence is silent, from the
 * sentences before it (the way a reader carries "the port" or "during the period" forward).
 */
import { isBulletLine, startsBulletShareList } from './percent-roles.js';
import type { ExtractionContext, ObservationDraft } from '../../contract.js';
import { unitInContext } from './unit-context.js';
import { countNoun } from './units.js';
import { signsReadInContext } from './currency-context.js';
import { findPlaces, withLearnedPorts, withLearnedRegions } from './geography.js';
import { type Anchor, findPeriods, MONTH_WORDS, type PeriodMention } from './periods.js';
import { COUNT_WORD_SUBJECT, findFigures, holdsBareCountList, RUNS_ROUTE, type CountedBefore } from './quantities.js';
import { withFractionChanges } from './fraction-changes.js';
import { BYLINE, type Sentence } from './sentences.js';
import { launchStated, runningTotals } from './stocks.js';
import { findFlowCues, flowsNamed } from './subjects.js';
import { keywords, mentions } from './keywords.js';
import { causeAsides, causeClauseTail, clauseBounds, measureClauses } from './clauses.js';
import type { ReleaseMemory, RowFrame, SentenceScene } from './sentence-scene.js';
import { readFigures, settleBases } from './read-figures.js';
import { pairGrowths, primaryLevels } from './pairing.js';
import { backToLeadPeriod, fiscalYearThrough, monthCountInForce, periodOfNewParagraph, referBack, rememberPeriod, rememberReviewPeriod, resumeAside, rollingYearToReport, seasonSpans, settleBasesByPeriod, thisYearAfterEarlierPart } from './period-choice.js';
import { areaOfNewParagraph, rememberPlaces, rememberReviewedPlaces, withShortForms } from './place-choice.js';
import { rememberFlow, rememberNamedFlows, rememberOneWayTrains, twoWayWholeOfParts } from './flow-choice.js';
import { misprintedInErratum } from './nonfigures.js';
import { noteCaptionRates, withCaptionRates } from './caption-rates.js';
import { buildRows, rowFrame } from './sentence-rows.js';
import { sectionBasis } from './release-basis.js';
import { rowsForEachPartner } from './each-partner.js';
export type { ReleaseMemory } from './sentence-scene.js';

const PHOTO_CAPTION = /\b(?:in\s+this\s+(?:[\w-]+\s+){0,2}photo|(?:this|the)\s+(?:[\w-]+\s+){0,2}photo\s+(?:shows|taken)|photo\s+taken\s+on|\(photo\s+by)\b/i;
const PHOTO_WORDS = keywords(['photo'], PHOTO_CAPTION);
// "Photo: An oil tanker berths at a terminal in Qingdao.", "PICTURE: ...", "File photo: ...", "Pictured: ...", "(Photo caption:
// ...)", "Image: ...": a sentence the page labels as a picture's caption, run into the text by a scraper.
const CAPTION_LABEL = /^\W{0,3}(?:(?:file|stock|aerial|top|main|lead)\s+)?(?:photo(?:graph)?s?|pictures?|pictured|pics?|images?|captions?)(?:\s+caption)?\s*[:|]/i;
const CAPTION_WORDS = keywords(['photo', 'pic', 'image', 'caption'], CAPTION_LABEL);
// "Tokyo and Washington agreed in July to lower the levy, but the new rate only took effect this month.": a sentence with no
// trade row on when a rule or tariff began to apply dates the policy; the figures after it keep the period before.
const TOOK_EFFECT = /\b(?:t(?:ook|akes?|aking|aken)|c(?:ame|omes?|oming)\s+into|(?:went|goes|go|gone)\s+into|ent(?:ered|ers?|ering)\s+into)\s+(?:effect|force)\b/i;
const TOOK_EFFECT_WORDS = keywords(['effect', 'force'], TOOK_EFFECT);

// A wire dateline standing as a sentence of its own: "Ulaanbaatar, November 12 (MONTSAME).", "SEOUL, Nov. 11 (Yonhap) --", and
// a desk's dateline with a longer note on its source in brackets, "Hanoi, 16 February 2026 (customs data compiled by our
// business desk)", "Lima, July 15 (from our correspondent in the Andes)" (a longer note holds no figure: "(the city's exports
// reached $3 billion)" is a sentence of its own).
const DATELINE_ONLY = /^\s*[A-Z][A-Za-z .'-]{1,40},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*(?:\([^()]{1,40}\)|\([^()\d]{1,90}\))?\s*[.:–—-]*\s*$/;

/**
 * "• Third quarter: 11.29 trillion yuan" then "• Africa: 1.62 trillion yuan": the items of a bulleted list
 * are parallel, so each starts from the flow in force where the list began ("• Imports: ..." does not
 * make the next item imports), and a part of the list's period one item names ("• October: ...") is
 * that item's only. A longer period an item names ("• Jan-Oct trade: ...") becomes the list's.
 */
// An item headed by its period as a label: "- March: exports +4.4%", "• Third quarter: 11.29 trillion yuan", "• Jan-Oct trade:".
const PERIOD_LABEL_ITEM = new RegExp(String.raw`^[\s\-•*–—·▪]*(?:[\w'’.-]+\s+){0,3}?(?:${MONTH_WORDS}|quarter|half|Q[1-4]|H[12]|months?|year|\d{4})\b[^:\n]{0,20}:`, 'i');

function startListItem(sentence: Sentence, memory: ReleaseMemory): void {
  if (!sentence.listItem) {
    // The text after the list goes on with the period in force where the list began, not with the part of it
    // the last item named ("- March: exports +4.4%" closing a list on the first quarter).
    if (memory.list?.opening && partOf(memory.period, memory.list.opening)) memory.period = memory.list.opening;
    memory.list = undefined;
    return;
  }
  if (!memory.list) {
    memory.list = { period: memory.period, opening: memory.period, flow: memory.lastFlow, afterBothWays: memory.bothWays === true, labelled: PERIOD_LABEL_ITEM.test(sentence.text) };
    return;
  }
  const listPeriod = memory.list.period;
  const now = memory.period;
  // "- Barley exports rose 27% to 842,000 tons in October" then "- Canola exports were 389,000 tons": a part of the list's
  // period named inside an item's sentence goes on to the next item like any period of prose; only a period heading the
  // item as its label ("- October: ...") is that item's alone.
  if (!partOf(now, listPeriod)) memory.list.period = now;
  else if (memory.list.labelled) memory.period = listPeriod;
  memory.list.labelled = PERIOD_LABEL_ITEM.test(sentence.text);
  // After a sentence of both exports and imports no one flow is in force: an item naming none goes on with the item before
  // ("• Mineral fuels, the largest section of exports, earned X" then "• Chemicals contributed Y").
  if (!memory.list.afterBothWays) memory.lastFlow = memory.list.flow;
}

type Span = ReleaseMemory['period'];

/** True when `part` is a shorter span inside `whole` ("2026-03" inside January–March 2026). */
function partOf(part: Span, whole: Span): boolean {
  return !!part && !!whole && (part.start !== whole.start || part.end !== whole.end) && part.start >= whole.start && part.end <= whole.end;
}

/**
 * One sentence's rows, updating the release memory as a reader would. The steps, in order: the
 * paragraph and the asides the sentence leaves or returns to (here, period-choice.ts, place-choice.ts);
 * what each figure is (1, read-figures.ts, with the rules of reported-figures.ts and percent-roles.ts);
 * restatements in a second currency (2) and which level each growth qualifies (3, pairing.ts), and
 * "respectively" lists (4, respectively.ts); the rows (5, sentence-rows.ts), with period, area, partner,
 * flow and goods chosen for each (period-choice.ts, place-choice.ts, flow-choice.ts, commodity-choice.ts);
 * what the next sentences may leave implicit (6, here and the remember* steps of those modules).
 */
export function readSentence(sentence: Sentence, anchor: Anchor | null, ctx: ExtractionContext, memory: ReleaseMemory): ObservationDraft[] {
  startListItem(sentence, memory);
  const flowOfParagraph = sentence.paragraph === memory.paragraph && (memory.lastFlow === 'import' || memory.lastFlow === 'export') ? memory.lastFlow : null;
  if (sentence.paragraph !== memory.paragraph) enterParagraph(sentence.paragraph, sentence.norm, memory);
  sectionBasis(sentence.norm, sentence.paragraph, memory);
  resumeAside(sentence, memory);
  const scene = findMentions(sentence, anchor, memory);
  const { readings, nonTrade, baseDates } = readFigures(scene);
  settleBases(scene, readings);
  const primaries = primaryLevels(scene.s, readings);
  pairGrowths(scene, readings, primaries);
  const frame = rowFrame(scene, readings, baseDates, flowOfParagraph);
  settleBasesByPeriod(frame);
  const rows = rowsForEachPartner(scene.s, scene.places, buildRows(frame, ctx));
  rememberSentence(frame, rows, nonTrade, baseDates);
  return rows;
}

/** A new paragraph: the balance, a quarter or a running total aside, and a port or city aside end with the paragraph before. */
function enterParagraph(paragraph: number, s: string, memory: ReleaseMemory): void {
  memory.paragraph = paragraph;
  // A sentence with no flow word continues the flow of its own paragraph only; a balance in particular
  // does not carry into the next paragraph's partner figures. A balance closing a sentence about one flow
  // ("exports reached 95.3 Mt, while net exports came to 90.6 Mt") leaves that flow in force.
  if (memory.lastFlow === 'balance') memory.lastFlow = memory.flowBeforeBalance ?? null;
  periodOfNewParagraph(s, memory);
  if (!followsInRank(s)) areaOfNewParagraph(memory);
}

// "Durians led the way, with 186,000 tonnes through Youyiguan Port." then "Dragon fruit and jackfruit followed, with
// 74,000 and 52,000 tonnes": goods that follow in a ranking go on with the paragraph before, its port or city too.
const FOLLOWS_IN_RANK = /^\s*[A-Z][\w'-]*(?:\s+[\w'-]+){0,5}?\s+(?:followed|came\s+next)\s*,\s*with\b/;
// Every match has one of its verbs: a sentence without them is not scanned (the pattern backtracks over the opening words).
const followsInRank = (s: string): boolean => (s.includes('followed') || s.includes('came')) && FOLLOWS_IN_RANK.test(s);

/** The sentence's periods, figures (counts with their unit in context), places, flow words and clause bounds. */
function findMentions(sentence: Sentence, anchor: Anchor | null, memory: ReleaseMemory): SentenceScene {
  const s = sentence.norm;
  const periods = runningTotals(rollingYearToReport(monthCountInForce(fiscalYearThrough(thisYearAfterEarlierPart(referBack(seasonSpans(findPeriods(s, anchor, memory.country), memory, s), s, memory.period, memory.spans), s, memory.previousLevels?.at(-1)), s, memory.spans), s, memory.spans), memory.leadPeriod), s, anchor, memory.period, memory.launchMonth, memory.leadPeriod);
  // ("Since March, shipments have reached 3,620 units": a total from a bare month launches nothing a later "since the service
  // opened" could mean.)
  const launch = periods.find((p) => p.running && p.periodStart !== '' && !p.fromMonth);
  if (launch) memory.launchMonth = launch.periodStart;
  else if (!periods.some((p) => p.running)) memory.launchMonth = launchStated(s, anchor) || memory.launchMonth;
  noteCaptionRates(s, memory);
  const figures = withCaptionRates(withFractionChanges(signsReadInContext(findFigures(
    s,
    periods.map((p) => [p.start, p.end] as [number, number]),
    (_written, reason) => memory.inexact.push(`${reason}; not read ("${sentence.text.slice(0, 120)}")`),
    countedBefore(memory, s),
    memory.gluedTonnes,
    moneyBefore(memory),
  ), s, memory.country), s), s, memory);
  for (const f of figures) {
    if (f.kind !== 'level' || f.measure !== 'count') continue;
    // Up to 200 characters back: "Sea-rail trains departing from and arriving in Chongqing on the ... Corridor ran 1,020 trips".
    const releaseUnit = f.unit === 'containers' && memory.containersInTeu ? 'TEU' : (memory.countedUnit ?? '');
    f.unit = unitInContext(f.unit, `${s.slice(Math.max(0, f.start - 200), f.end)} ${f.ofWhat}`, releaseUnit);
    // Boxes counted in twenty-foot units are a quantity, as TEU are.
    if (f.unit === 'TEU') f.measure = 'quantity';
  }
  const found = withShortForms(findPlaces(s, memory.area || memory.country, memory.country, memory.source, memory.manyReporters), memory);
  const places = withLearnedRegions(s, withLearnedPorts(s, found, memory.portsNamed), (memory.regionsNamed ??= new Set()));
  // Flow words in an aside of cause (", hit by weaker timber shipments,") or in a government's measure ("after Moscow raised
  // its fee on imported cars") are no figure's flow.
  const causes = [...causeAsides(s), ...measureClauses(s), ...causeClauseTail(s)];
  const cues = causes.length ? findFlowCues(s).filter((c) => !causes.some(([a, b]) => c.start >= a && c.end <= b)) : findFlowCues(s);
  const bounds = clauseBounds(s);
  return { sentence, s, anchor, memory, periods, figures, places, cues, bounds };
}

/** The currency of the money level the sentence before ended on, if it ended on one (or the last before sentences of changes alone). */
function moneyBefore(memory: ReleaseMemory): string | undefined {
  return memory.moneyCarried;
}

const moneyOf = (last: ObservationDraft | undefined): string | undefined => (last?.measure === 'value' ? last.unit : undefined);

// "Of the trips, 8,690 were outbound" after a sentence on the cargo they carried: the trips are what the release counted last
// ("Of the total trips, ..." too).
// Both directions may open it, the figures split after ("Outbound and inbound services numbered 356 and 56 respectively",
// "Westbound and eastbound services totalled ...", "Outbound and return services were ...").
// A direction's trains may be its part of the trains the release counted ("Outbound trains made up 2,950 of them", "Return
// runs accounted for 1,100", after a sentence that gave only the count's growth; a125). Where they ran may stand between
// ("Westbound services into Duisburg numbered 412", "Return runs from Hamburg came to 96", "Outbound trains via Khorgos were
// 310"; a162).
const TRIPS_OPENING = new RegExp(String.raw`^\s*(?:[Oo]f|[Aa]mong)\s+the\s+(?:total\s+)?trips\s*,|^\s*(?:Outbound|Inbound|Westbound|Eastbound|Southbound|Northbound|Return(?:ing)?)(?:\s+(?:and|or)\s+(?:outbound|inbound|westbound|eastbound|southbound|northbound|return(?:ing)?))?\s+(?:services|trains|runs|trips|journeys)${RUNS_ROUTE}\s+(?:numbered|totall?ed|came\s+to|reached|were|made\s+up|accounted\s+for|represented|comprised)\s`);

// "The route's annual count climbed from ...", "Its yearly tally reached ...": a subject that is only a word for a count (no
// "of" and noun after it) counts what the release counted last, after a sentence about worth (quantities.ts reads the numbers).
const COUNT_WORD_OPENING = new RegExp(String.raw`${COUNT_WORD_SUBJECT}(?!of\b)`, 'i');

/**
 * The last count of the sentence before ("... assembled 1,457 trains"), which "Of these, ..." may divide; "Of the trips, ..." and
 * "Outbound services numbered 5,280" (a direction's runs, after the release counted trains) the release's last count.
 */
function countedBefore(memory: ReleaseMemory, s: string): CountedBefore | undefined {
  if (memory.namedUncounted && OF_THEM.test(s)) return memory.namedUncounted;
  const count = memory.previousLevels?.findLast((r) => r.measure === 'count');
  if (count) return { unit: count.unit, measure: 'count', phrase: count.commodity };
  // ("The operator ran 640 in the first quarter and 724 in the second": so does a list of bare counts by period.)
  if (memory.countedUnit && (COUNT_WORD_OPENING.test(s) || holdsBareCountList(s))) return { unit: memory.countedUnit, measure: 'count', phrase: '' };
  return memory.countedUnit && TRIPS_OPENING.test(s) ? { unit: memory.countedUnit, measure: 'count', phrase: 'trips' } : undefined;
}

const OF_THEM = /\bof\s+(?:them|these|those)\b/i;
// Things counted that a sentence with no figure names ("China-Europe freight trains kept the railway yards busy.").
const UNCOUNTED_NOUN = /\b((?:[\w-]+\s+){0,2}?)(trains|trucks|lorries|vessels|ships|wagons|flights)\b/i;
function namedUncounted(s: string): CountedBefore | undefined {
  const m = UNCOUNTED_NOUN.exec(s);
  const noun = m ? countNoun(m[2]) : null;
  return m && noun ? { unit: noun.unit, measure: 'count', phrase: m[0].trim(), uncounted: true } : undefined;
}

const QUESTION_END = /\?\s*["”’']?\s*$/;

/** 6. Remember what the next sentences may leave implicit. */
// "the United States' 2013 trade", "Japan's export data", "Vietnam's own figures": a country owning its trade or the figures of it.
// So does a country owning the body that tells them ("Japan's finance ministry will publish its June data", "Germany's
// statistics office", "India's commerce department"; a234).
const OWNED_TRADE_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:trade|exports|imports|data|figures|statistics|numbers|ministry|customs|bureau|agency|department|administration)\b/;

function rememberSentence(frame: RowFrame, rows: ObservationDraft[], nonTrade: number, baseDates: Set<PeriodMention>): void {
  const { s, memory } = frame;
  memory.countryOwnedBefore = frame.places.findLast((x) => x.kind === 'country' && OWNED_TRADE_AFTER.test(s.slice(x.end, x.end + 50)))?.name;
  twoWayWholeOfParts(rows, memory.previousLevels, memory);
  rememberOneWayTrains(rows, frame.cues, memory);
  // A sentence without any number ("This is according to customs data.") does not stand between a
  // level and the sentence pointing back to it.
  if (frame.figures.length) memory.previousLevels = rows.filter((r) => r.value !== null && r.measure !== 'share');
  memory.namedUncounted = frame.figures.length ? undefined : namedUncounted(s);
  // A sentence of changes alone ("Imports grew 10.5 percent.") leaves the money of the level before it in force.
  if (frame.figures.some((f) => f.kind === 'level')) memory.moneyCarried = moneyOf(memory.previousLevels?.at(-1));
  memory.importsNamedBefore = !frame.figures.length && frame.cues.some((c) => c.flow === 'import') && frame.cues.every((c) => c.flow === 'import');
  memory.bulletShareList = startsBulletShareList(s) || (memory.bulletShareList === true && isBulletLine(s));
  // "Vehicles carried westward by the trains reached 212,000 units" between train counts: cars traded as goods are what
  // the trains carried, so a later bare "1,682 trips were made" still counts the release's trains.
  const lastCount = rows.findLast((r) => r.measure === 'count' && !(r.unit === 'vehicles' && memory.countedUnit === 'trains' && (r.flow === 'export' || r.flow === 'import')));
  if (lastCount) memory.countedUnit = lastCount.unit;
  if (!rows.length && nonTrade > 0) reviewOpening(frame, baseDates);
  if (!rows.length && (isScenery(s, nonTrade) || isBylineScenery(s, memory))) {
    // "the value of exports was printed as USD 19.93 billion. The correct figure is USD 19.39 billion.": an erratum's
    // misprinted figure is no row, but the flow it named goes on to the corrected one.
    if (frame.figures.some((f) => misprintedInErratum(s, f))) rememberFlow(frame, rows);
    return backToLeadPeriod(frame);
  }
  // "The pace for the ten-month period was 0.4 percentage points slower than in January-September.": an aside of numbers
  // that names the release's own span in full still brings the next sentences back to it, as scenery does.
  if (!rows.length && isNumberedAside(frame)) return backToLeadPeriod(frame);
  rememberPeriod(frame, rows, baseDates);
  // "Q (CGTN): How is trade with Hong Kong developing within the Greater Bay Area?": a question with no figure asks about
  // places; the answer's figures stay with the release's place (its period and flow are still the answer's).
  if (rows.length || !QUESTION_END.test(s)) rememberPlaces(frame, rows);
  rememberNamedFlows(frame);
  rememberFlow(frame, rows);
  rememberFlowOfCause(frame, rows);
}

/** An opening sentence on the economy at large (no trade figure, before any): the period and place the review is of. */
function reviewOpening(frame: RowFrame, baseDates: Set<PeriodMention>): void {
  rememberReviewPeriod(frame, baseDates);
  rememberReviewedPlaces(frame);
}

/**
 * "..., down 4.2 percent, as timber imports fell." then "Timber, at 1.37 million tonnes, was 8.9 percent lower": the one flow a
 * closing clause of cause names (left out of the figure's own flow) is the flow the next sentence goes on with.
 */
function rememberFlowOfCause({ s, memory, sentence }: RowFrame, rows: ObservationDraft[]): void {
  const [tail] = rows.length ? causeClauseTail(s) : [];
  if (!tail) return;
  const flows = flowsNamed(s.slice(tail[0]));
  const [flow] = [...flows];
  if (flows.size === 1 && (flow === 'export' || flow === 'import')) [memory.lastFlow, memory.lastFlowParagraph] = [flow, sentence.paragraph];
}

// Digits, and the words of small counts ("just two cross-border routes").
const COUNT_WORD = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands)\b/i;

/**
 * "In 2013, the city had just two cross-border routes.", "This year marks the 30th anniversary of the port.": a sentence with
 * no row and no word of trade whose numbers no rule read as a figure (a duration, an ordinal, a count of no unit) is history
 * or scenery once the release has given figures; its period and places are not carried to the next sentence (the period
 * words themselves are not its numbers).
 */
function isNumberedAside({ s, cues, periods, memory }: RowFrame): boolean {
  // Before the first figure such a line still leads ("Tilburg welcomes its 2,000th train from China" over the body).
  if (cues.length || memory.leadPeriod === undefined) return false;
  let rest = s;
  for (const p of periods) rest = rest.slice(0, p.start) + ' '.repeat(p.end - p.start) + rest.slice(p.end);
  return COUNT_WORD.test(rest);
}

/** True for a sentence with no rows whose period and places are not carried to the next sentence. */
function isScenery(s: string, nonTrade: number): boolean {
  // A sentence whose only figures are not trade ("the economy grew 5.3 percent in the first half ...
  // in Shanghai") is scenery: its period and places are not carried to the next sentence.
  if (nonTrade > 0) return true;
  // "In this aerial photo, a freight train pulls out of Lianyungang Port, ...": a photo caption shows
  // a place and a day; the figures after it are not that place's.
  if (mentions(s, PHOTO_WORDS) && PHOTO_CAPTION.test(s)) return true;
  if (mentions(s, CAPTION_WORDS) && CAPTION_LABEL.test(s)) return true;
  if (mentions(s, TOOK_EFFECT_WORDS) && TOOK_EFFECT.test(s)) return true;
  // "Ulaanbaatar, November 12 (MONTSAME)." on a line of its own: the city a story was filed from is not its area.
  return DATELINE_ONLY.test(s);
}

// "By Wang Lei in Urumqi and Chen Mei in Beijing": reporters in two places, neither of them the story's for sure.
const REPORTERS_IN_TWO_PLACES = /\bin\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?\b.*\bin\s+[A-Z]/;

/**
 * A byline set after the release has given figures (a second story's, run on): its towns are where reporters wrote from.
 * At the top a byline still leads as a dateline does ("By Sun Ruisheng in Zhengzhou" over a story on Zhengzhou's trains),
 * unless it places its reporters in two towns: then it says where they sit, not whose figures follow.
 */
const isBylineScenery = (s: string, memory: ReleaseMemory): boolean => s.startsWith('By') && BYLINE.test(s) && (memory.leadPeriod !== undefined || REPORTERS_IN_TWO_PLACES.test(s));
