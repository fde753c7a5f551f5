/**
 * What the reader remembers across the sentences of a release, and what the steps of `readSentence` share
 * about one sentence: its mentions (SentenceScene) and, for the rows, the places and asides chosen from (RowFrame).
 */
import type { Flow, ObservationDraft } from '../../contract.js';
import type { PlaceKind, PlaceMention } from './geography.js';
import type { Anchor, PeriodMention } from './periods.js';
import type { CountedBefore, Figure } from './quantities.js';
import type { Sentence } from './sentences.js';
import type { FlowCue } from './subjects.js';
import type { Reading } from './readings.js';

/** What the reader remembers from earlier sentences of the same release. */
export interface ReleaseMemory {
  /** `loose`: read from a bare "this year", which ends no other year to date. */
  period: { start: string; end: string; loose?: boolean; running?: boolean } | null;
  /** The period in force before a running total since a launch became the period: a growth rate after the total is of it. */
  beforeRunning?: { start: string; end: string } | null;
  /** A year-to-date aside's period and paragraph: the rest of that paragraph, or "during the period" right after it, goes on with it. */
  aside?: { period: { start: string; end: string }; paragraph: number };
  area: string;
  areaByKind: Partial<Record<PlaceKind, string>>;
  /** The month of the last dated launch a running total counted from ("since the railway opened in December 2021"). */
  launchMonth?: string;
  /** Every port named so far, in order: "the dry port" points back to the last whose name says "Dry". */
  portsNamed?: string[];
  /** The last pilot free trade zone named, in any role ("part of the China (Hainan) Pilot Free Trade Zone"): "the free trade zone" points back to it. */
  ftzNamed?: string;
  /** The last corridor, route or railway named, in any role: "the whole corridor", "the route as a whole" point back to it. */
  corridorNamed?: string;
  /** The last port named with each lower-case kind word ("the Hunchun highway port"): "the highway port" points back to it. */
  portKinds?: Record<string, string>;
  /** Ports named as a port area of a larger port ("the Xuwei port area"): a new paragraph goes back from them as from any port. */
  portAreas?: Set<string>;
  /** The country the release reports on (its default area). */
  country: string;
  /** The country is named as the release's own (by an agency, a dateline, its subject, yuan), not only in passing. */
  countryFirm?: boolean;
  /** The release is a report of a body that gathers many reporters' trade (many-reporters.ts): it has no country of its own. */
  manyReporters?: boolean;
  /** The one country whose customs or statistics the release cites as its source (`citedSourceOf`), or '': found when first asked. */
  source?: () => string;
  /** The caller keeps customs revenue (the `revenue` option): an amount levied is read, not set aside. */
  keepsRevenue?: boolean;
  partner: string;
  paragraph: number;
  /** Flow of the last figure: a sentence with no flow word continues the one before it. */
  lastFlow: Flow | null;
  /** The paragraph whose sentence set `lastFlow`. */
  lastFlowParagraph?: number;
  /** A balance closing a sentence about one flow ("exports reached X, while net exports came to Y"): that flow, which the next paragraph goes on with. */
  flowBeforeBalance?: Flow | null;
  /** Commodity of the last physical quantity: "Imports for the period were 70 million tons" continues it. */
  quantityCommodity: string;
  /**
   * Flow of the first row with a partner of the first sentence on that partner ("China remained the leading partner with X"):
   * "Russia followed with Y" ranks in it, not in a later sentence splitting the leader's trade into exports and imports.
   */
  rankedFlow?: { flow: Flow; partner: string };
  /** Flow and paragraph of a sentence whose place "ranked first" ("Suzhou ranked first with imports and exports of X"): "Wuxi came second at Y" ranks in it. */
  leaderFlow?: { flow: Flow; paragraph: number };
  /** Flow of the release's first figure: "the figure for the first half has been revised to X" is that flow's. */
  leadFlow?: Flow;
  /** A story on goods: the release's first row named them ("China's LNG imports rose to 7.12 million mt"). */
  goodsStory?: boolean;
  /**
   * 'goods and services' once a row of the release's own trade was of goods and services: later figures of its flows that name
   * no goods go on with it; 'goods' when the release led with goods or its turnover of goods; 'open' when its lead named neither.
   */
  servicesStory?: 'goods and services' | 'goods' | 'open';
  /** Goods of the last row of the sentences before ("all goods" too): a value or share naming none goes on with them in a story on goods. */
  lastGoods?: string;
  lastGoodsParagraph?: number;
  /** Area of the release's first figure: a port named in passing is not carried into later paragraphs. */
  leadArea?: string;
  /** The last paragraph with a row of the lead area, and the last that named a port "the port" may point back to. */
  leadAreaParagraph?: number;
  portParagraph?: number;
  /** Area of the release's first train count: what "the service" or "the route" of a later count points back to. */
  trainsArea?: string;
  /** Flow of the release's first train count: the way "the trains" of a later sentence went, when their parts went it too. */
  trainsFlow?: Flow;
  /** The city of the release's dateline ("ZHENGZHOU, Dec. 20 --"): what "the city" means before any city is named. */
  datelineCity?: string;
  /** The last sentence with figures gave both exports and imports. */
  bothWays?: boolean;
  /** The directions, in order, of the last sentence that gave amounts both ways, and its paragraph: "the comparable figures
   * were A and B respectively" after it lists them again. */
  listedWays?: { flows: Flow[]; units: string[]; paragraph: number };
  /** The direction and units of the last sentence with figures when it gave one way only (exports or imports), and its paragraph. */
  oneWay?: { flows: Flow[]; units: string[]; paragraph: number };
  /** Paragraph of the release's first figure, and the last paragraph that named a city as an area. */
  leadParagraph?: number;
  cityParagraph?: number;
  /** The last paragraph whose sentence spoke of the trade with `partner` (named, or "between the two countries"). */
  pairParagraph?: number;
  /** The last province or region named only to place another place ("capital of southwest China's Sichuan Province"). */
  locatedIn?: string;
  /** The lead area is a port the headline routed goods through ("Coal exports via Gashuunsukhait ..."), not yet weighed against the body. */
  leadRouted?: boolean;
  /** The lead area came from the headline and is not yet weighed against the body's first figure. */
  leadFromHeadline?: boolean;
  /** The lead area when it is a city (a city's release). */
  leadCity?: string;
  /** The lead area when it is a zone (a zone's release): a province or city named in passing is an aside of its paragraph. */
  leadZone?: string;
  /** Period of the release's first figure: a quarter inside it is an aside that ends with its paragraph, and
   * a one-month report makes a year-to-date sentence an aside. */
  leadPeriod?: { start: string; end: string };
  /** The current paragraph opened on one month ("In October, ..."): its month may be an aside of the lead's span. */
  monthParagraph?: boolean;
  /** A sentence of the current paragraph opened on one month ("June shipments were ..."): its month may be an aside too. */
  monthSentence?: boolean;
  /** A sentence with no row dated one month inside the lead's longer span ("In April, phone exports picked up 4.8 percent month
   * on month", "trucks queued at the gate in October"): its month is a scene of its paragraph (period-choice.ts). */
  monthScene?: boolean;
  /** The period and section period spoken before a screen graphic opened ("[FULL SCREEN GRAPHIC]"): the voice after the graphic goes on with them. */
  beforeGraphic?: { period: ReleaseMemory['period']; section: ReleaseMemory['sectionPeriod'] };
  /** Places named so far in full: a short form ("the Bay Area") stands for one of them (place-choice.ts). */
  fullNames?: Set<string>;
  /** Regions the lexicon lacks that the release named with their administrative word ("the province of Ha Giang"). */
  regionsNamed?: Set<string>;
  /** Last bloc named as a partner: "the bloc", "the grouping" point back to it. */
  groupPartner?: string;
  /** The bullets so far list partners or goods whose bracketed percentages the first named shares of the total. */
  bulletShareList?: boolean;
  /** The partner of the release's first "mutual trade with X": a later "mutual trade" naming none is with X again. */
  mutualPartner?: string;
  /** Paragraph whose changes are against the previous period (seasonally adjusted, preceding quarter). */
  sequentialParagraph?: number;
  /** The sentence before had its changes against the previous period: one pointing back into it goes on with that basis. */
  sequentialBefore?: boolean;
  /** Paragraph of a change against the month just before, named with no year ("from July"): "in the same month" after it is
   * that comparison again. */
  namedMonthBeforeParagraph?: number;
  /** Unit of the last count read: "units" after a sentence about autos are vehicles. */
  countedUnit?: string;
  /** Things the sentence before named with no figure ("China-Europe freight trains kept the yards busy."): "2,608 of them" counts them. */
  namedUncounted?: CountedBefore;
  /** The currency of the last level read, when it was money; a sentence of changes alone keeps it ("Imports grew 10.5 percent.
   * They stood at 47.6 billion."). */
  moneyCarried?: string;
  /** The last country the sentence before named as an owner ("the United States' 2013 trade"): what "Its" opening the next points to. */
  countryOwnedBefore?: string;
  /** Goods of the release's first level, a value or quantity ("all goods" in a story on a country's trade). */
  leadGoods?: string;
  /** The paragraph of the first row that gave `leadGoods` (a246: another good's tally is told outside it). */
  leadGoodsParagraph?: number;
  /** The year to date a sentence gave named goods' figures for in a story on one month: an aside that ends with its paragraph. */
  commodityToDate?: { start: string; end: string };
  /** Period of the last heading ("Exports by market in the first quarter:"): each paragraph under it starts from it. */
  sectionPeriod?: { start: string; end: string };
  /** The period of an opening sentence on the economy at large (no trade figure, before any): dates trade figures left with none. */
  reviewPeriod?: { start: string; end: string };
  /** The province or city such an opening sentence names, by kind: what "the province" or "the city" points to when nothing else is. */
  reviewPlaces?: Partial<Record<PlaceKind, string>>;
  /** A sentence or bullet of the body (not a title or heading line) has given figures: lines of heading shape after it head sections. */
  bodyFigures?: boolean;
  /** Period and flow in force where the current bulleted list began: each item starts from them (from the flow of the item
   * before when the list began after both directions, `afterBothWays`); `opening`, the period in force where it began,
   * which the text after the list goes back to; `labelled`, whether the last item opened with a period as its label. */
  list?: { period: { start: string; end: string } | null; opening: { start: string; end: string } | null; flow: Flow | null; afterBothWays: boolean; labelled: boolean };
  /** The previous sentence named imports and no other flow, with no figure ("Fruit from Vietnam made up the bulk of the
   * port's imports."): goods named by a partner's adjective next are a part of those imports. */
  importsNamedBefore?: boolean;
  /** Levels of the previous sentence: "This is 18.3% more than ..." gives the growth of its last one. */
  previousLevels?: ObservationDraft[];
  /** The last count of trains read as one way (a hub "dispatched" them) and the rows of later sentences that named no flow of
   * their own and took its way: a split into outbound and inbound parts a few sentences on makes them all two-way. */
  oneWayTrains?: { whole: ObservationDraft; carried: ObservationDraft[] };
  /** The release compares with the previous month throughout (release-basis.ts): unmarked changes are not yoy. */
  previousMonthRelease?: boolean;
  /** A caption said the bare number after each amount of the list under it is its percent change on the year (caption-rates.ts). */
  captionRates?: boolean;
  /** The release is an erratum or correction notice: a figure it says "is unchanged" was not revised, not flat on the year. */
  correctionNotice?: boolean;
  /** The release states growth as indices of the year-earlier level (growth-index.ts): "(95.8%)" after a level is one. */
  indexRelease?: boolean;
  /** The last season the release spelled out ("oil year 2025-26 (November-October)"): the year it starts in and its months. */
  season?: { year: number; start: string; end: string };
  /** A season spelled out by its months only ("the oil year ended October 2023 (November-October)"): the year a bare two-year
   * label names after it is of (period-choice.ts `seasonYearsOfSplitLabels`), no season word's. */
  monthsOfSeason?: { year: number; start: string; end: string };
  /** The release writes tonnes as a glued "t" ("162,000t"): its glued "mt" after a decimal ("10.6mt") is million tonnes. */
  gluedTonnes?: boolean;
  /** The release wrote "containers (TEUs)": its other counts of containers are in TEU too. */
  containersInTeu?: boolean;
  /** The release's own basis, kept while a section under a "seasonally adjusted" heading overrides it. */
  releaseBasisMonthly?: boolean;
  /** The paragraph whose last sentence marked its change against the year before ("from the same period in 2021"): a next
   * sentence there with no period or base of its own ("Imports increased 23.4 percent") goes on with that base. */
  yearBeforeParagraph?: number;
  /** Warnings for numbers too long to keep exactly, in reading order (a number no rule read). */
  inexact: string[];
  /** Spans of several months stated so far, latest last (a few): "during the four months" points back to the last one four months long. */
  spans?: { start: string; end: string }[];
  /** Directions of trade the release has named so far (imports only of named goods): a story that names only imports of goods moves its bare "shipments" in. */
  namedFlows?: { import: boolean; export: boolean };
}

/**
 * Every field of a release's memory, none set: each memory starts with all of them, in this order. A field first set while
 * the release is read (in an order its text decides) would give the memory a new hidden class, and the reads of
 * `memory.x` all over the reader, meeting dozens of them, went megamorphic (a lookup in V8's stub cache at every read).
 * TypeScript makes a field added to `ReleaseMemory` be listed here too.
 */
const UNSET_MEMORY: Record<keyof ReleaseMemory, undefined> = {
  period: undefined, beforeRunning: undefined, aside: undefined, area: undefined, areaByKind: undefined,
  launchMonth: undefined, portsNamed: undefined, ftzNamed: undefined, corridorNamed: undefined, portKinds: undefined, portAreas: undefined, country: undefined, countryFirm: undefined, manyReporters: undefined, source: undefined, partner: undefined,
  paragraph: undefined, lastFlow: undefined, lastFlowParagraph: undefined, flowBeforeBalance: undefined,
  quantityCommodity: undefined, rankedFlow: undefined, leaderFlow: undefined, leadFlow: undefined, goodsStory: undefined, servicesStory: undefined,
  lastGoods: undefined, lastGoodsParagraph: undefined, leadArea: undefined, leadAreaParagraph: undefined, portParagraph: undefined, trainsArea: undefined,
  trainsFlow: undefined, datelineCity: undefined, bothWays: undefined, listedWays: undefined, oneWay: undefined, leadParagraph: undefined,
  cityParagraph: undefined, pairParagraph: undefined, locatedIn: undefined, leadRouted: undefined, leadFromHeadline: undefined,
  leadCity: undefined, leadZone: undefined, leadPeriod: undefined, monthParagraph: undefined, monthSentence: undefined, monthScene: undefined, beforeGraphic: undefined,
  fullNames: undefined, regionsNamed: undefined, groupPartner: undefined, bulletShareList: undefined,
  mutualPartner: undefined, sequentialParagraph: undefined, sequentialBefore: undefined, namedMonthBeforeParagraph: undefined, countedUnit: undefined, namedUncounted: undefined, moneyCarried: undefined,
  sectionPeriod: undefined, commodityToDate: undefined, leadGoods: undefined, leadGoodsParagraph: undefined, countryOwnedBefore: undefined, reviewPeriod: undefined, reviewPlaces: undefined, bodyFigures: undefined, list: undefined, importsNamedBefore: undefined,
  previousLevels: undefined, oneWayTrains: undefined, previousMonthRelease: undefined, correctionNotice: undefined, captionRates: undefined, indexRelease: undefined, season: undefined, monthsOfSeason: undefined,
  gluedTonnes: undefined, containersInTeu: undefined, releaseBasisMonthly: undefined, yearBeforeParagraph: undefined, inexact: undefined,
  spans: undefined, namedFlows: undefined, keepsRevenue: undefined,
};

/** A new release's memory: `given` over every field unset, so that every release's memory has one shape (UNSET_MEMORY). */
export function newReleaseMemory(given: ReleaseMemory): ReleaseMemory {
  return { ...UNSET_MEMORY, ...given } as ReleaseMemory;
}

/** What one sentence offers the steps that read it: its text, what it mentions, and the release memory. */
export interface SentenceScene {
  sentence: Sentence;
  s: string;
  anchor: Anchor | null;
  memory: ReleaseMemory;
  periods: PeriodMention[];
  figures: Figure[];
  places: PlaceMention[];
  cues: FlowCue[];
  bounds: number[];
}

/** The sentence's figures read (step 1): the readings, how many figures were set aside as not trade, and periods that only date a base. */
export interface FigureReadings {
  readings: Reading[];
  nonTrade: number;
  baseDates: Set<PeriodMention>;
}

/** What the choice of a row's period, area, partner, flow and goods looks at (step 5). */
export interface RowFrame extends SentenceScene {
  readings: Reading[];
  /** The flow of the sentence before, in the same paragraph, when it was exports or imports. */
  flowOfParagraph: Flow | null;
  /** Periods that date figures (not a base's only). */
  usablePeriods: PeriodMention[];
  /** "Compared with September 2025, exports increased by 3.1%" with no period of its own: the period a year after that base. */
  periodAfterBase: { start: string; end: string } | null;
  areaPlaces: PlaceMention[];
  /** Partners named, and those pointed back to ("the bloc", "the country"), in order. */
  partnerPlaces: PlaceMention[];
  /** Areas outside a closing reason clause: those the next sentences may go on with. */
  framePlaces: PlaceMention[];
  brackets: Array<[number, number]>;
  /** Relative and reason clauses: their places and flows describe, they do not name a figure's. */
  asides: Array<[number, number]>;
  withoutAsides: string;
  /** The area the sentence named for its figures, once a row chose one (kept for the next sentences). */
  sentenceArea: string;
}
