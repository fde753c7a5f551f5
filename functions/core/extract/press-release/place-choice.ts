/**
 * The choice of a figure's area and partner: places named in its clause or before it, anaphora ("the port",
 * "the bloc"), a side opening the sentence, and the places the release goes on with.
 */
import type { ObservationDraft } from '../../contract.js';
import { announcesLaterData } from './reporters.js';
import { anaphoraKind, cityOfInlandHub, hubRunsTrains, countryOf, foreignAgencyCited, GOODS_A_POINTER_SENT, isCalledRegion, isCountyCityOf, countryOfPlace, isDomesticAggregate, isLandPortTown, isMunicipality, isPlaceWord, jointName, portAnaphorKind, SHORT_FORMS, type PlaceKind, type PlaceMention } from './geography.js';
import { agencyCountries } from './agency-names.js';
import { keywords, mentions } from './keywords.js';
import { firstNonSpace } from './chars.js';
import { clauseOf, descriptiveAsides, districtPortsAppositions, nearest, relativeClauses } from './clauses.js';
import { priceClauseCut } from './period-choice.js';
import { ELIDED_MOVE_AFTER, MOVED_TO_PLACE_AFTER, PARTNER_BRACKET_AMOUNT_GAP } from './percent-roles.js';
import type { ReleaseMemory, RowFrame, SentenceScene } from './sentence-scene.js';

// "bilateral trade", and "trade (turnover) between the two countries" (or sides, nations, neighbours): the pair the release
// named ("passengers travelled between the two countries" names no trade).
const BILATERAL = /\bbilateral\b|\b(?:trade|turnover|commerce)(?:\s+volume)?\s+between\s+the\s+two\s+(?:countries|sides|nations|economies|neighbou?rs|states)\b/i;
const BILATERAL_WORDS = keywords(['bilateral', 'two'], BILATERAL);
// "mutual trade" (the CIS and EAEU term for trade between two sides or within the union) with no partner of its own
// is the trade the release first called so: "mutual trade with China ... In tenge, mutual trade reached ...".
const MUTUAL_TRADE = /\bmutual\s+trade\b/i;
const MUTUAL_TRADE_WORDS = keywords(['mutual'], MUTUAL_TRADE);
// A figure carried "along the railway" / "via the line": the cross-border railway the release named before.
const ALONG_THE_RAILWAY = /\b(?:along|via|on|through|by)\s+the\s+(?:railway|rail\s+line|line)\b/i;
const ALONG_THE_CORRIDOR = /\b(?:along|via|on|through|by)\s+the\s+corridor\b(?!['’])/;
// "Across the whole railway, transit cargo ... reached ...": a sentence opened by the whole railway is that railway's; so is one
// whose subject, opening it, is the railway pointed back to ("The railway carried 28.5 million tonnes ...", "The line has moved").
const ACROSS_THE_RAILWAY_OPENING = /^\s*(?:Across\s+the\s+(?:whole|entire)\s+(?:railway|rail\s+line|line)\s*,|(?:The|This)\s+(?:railway|rail\s+line|line)\s+(?:has\s+|had\s+|have\s+)?(?:carried|moved|transported|handled|shipped|delivered)\b)/i;

// Anaphora for a partner: "to the 27-member bloc", "from the country"; "imports from these countries" after
// "exports to countries other than the United States" point back to a group. A country named by description points back
// to the partner country named before as well: "imports from its northern neighbour", "to the southern neighbour", "to the
// Asian giant" (a giant of a trade, "the mining giant", is a company; "the world's largest economy" needs knowing which one
// is, and is left).
const PARTNER_ANAPHOR = /\b(?:to|with|from|into)\s+(?:(?:the|that|this)\s+(?:[\w-]+\s+)?(bloc|grouping|country|nation)|(?:its|the)\s+(?:(?:northern|southern|eastern|western|big|giant|larger)\s+)?(neighbou?r)(?!s|ing)|the\s+(?:Asian|European|African|American|Latin\s+American|South\s+American|Gulf|Arab)\s+(giant)|(?:these|those)\s+(countries|nations|economies|markets))\b/gi;
const PARTNER_ANAPHOR_WORDS = keywords(['bloc', 'grouping', 'country', 'nation', 'neighbour', 'neighbor', 'giant', 'countries', 'economies', 'markets'], PARTNER_ANAPHOR);

// (The country itself is the subject of the verb right before the amount: "Kenyan exporters shipped ... through the port" names
// the country's traders, whose exports stay the country's.)
const COUNTRY_SENT_GAP = /^\s+(?:also\s+)?(?:sent|shipped|moved|exported|imported|carried|delivered|supplied|transported)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/;
const ROUTED_AFTER_AMOUNT = /^\S+\s+(?:[^,;.]{0,60}?\s)?(?:through|via|across|over)\s+the\s+(?:[\w-]+\s+)?(?:port|crossing|checkpoint|gate|bridge|station)\b(?!s)/i;
const ROUTED_THROUGH_ANAPHOR = /^\s+(?:[\w-]+\s+){0,2}?(?:through|via|across|over)\s+the\s+(?:[\w-]+\s+)?(?:port|crossing|checkpoint|gate|bridge|station)\b(?!s)/i;
const ROUTED_OPENING = /^\s*(?:Via|Through)\s+(?:the\s+)?$/;
const THIS_HUB = /\bthis\s+(?:[\w-]+\s+){0,2}?(?:hub|town)\b/i;
const JURISDICTION_ANAPHOR = /\b(?:in|within|across)\s+(?:the|its)\s+jurisdiction\b(?!\s+of\b)/i;
const SIDE_OPENING = /^\s*(?:On|From)\s+the\s+([A-Z][A-Za-z]+)\s+side\s*,/;
/** Whether `s` opens (after white space) with one of `words`: a test run before the opening patterns above. */
const opensWith = (s: string, words: string[]) => {
  const text = s.trimStart();
  return words.some((w) => text.startsWith(w));
};
const isApostrophe = (code: number) => code === 39 || code === 0x2019;
// "India's oil ministry", "Brazil's trade secretariat data", "Japan's finance ministry": the country's own source.
const SOURCE_OF_COUNTRY_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ministry|secretariat|department|bureau|office|agency|customs|statistics|administration)\b/i;

const NATIONAL_BUDGET = /\b(?:to|into)\s+the\s+(?:national|state|federal|republican|central|government)\s+budget\b/i;

const ACCORDING_TO_OPENING = /^\s*According\s+to\s+(?:the\s+)?$/i;

const SOURCE_OF_CITY_AFTER = /^(?:['’]s)?\s+(?:Municipal\s+)?(?:Customs|Bureau|Statistics)\b/;

// "the city's port", "the city's container port" as the place a figure went through; not the port's authority, office or
// operator that only speaks for the figures ("the city's port and logistics office said"), nor the city's several ports.
// "the municipality's port": the same in a province-level city's release.
const CITY_PORT = /\bthe\s+(?:city|municipality)['’]s\s+(?:(?:main|container|sea|river|inland|dry)\s+)?(?:sea)?port\b(?!s|\s+(?:and|authorit\w*|office|bureau|administration|operators?|group|company|department|logistics|officials?)\b)/i;

const CORRIDOR_NAME = /\s(?:Railway|Corridor|Route)$/;

/** The area a new paragraph starts from: the release's own after a port, zone or city named in passing. */
export function areaOfNewParagraph(memory: ReleaseMemory): void {
  // "Through Mohan Port, imports and exports reached ..." then a new paragraph: unless the release
  // is about that port (its first figure), a new paragraph returns to the release's own area; so after a port named
  // before another ("Through the Zabaikalsk crossing alone, ..., most of it by rail to and from Manzhouli").
  // A city or province named in a national release ("Shanghai remained the largest EV exporter, shipping
  // ...") is an aside the same way: the next paragraph is the country's again. Only places of the lexicon: a
  // foreign unit read by its suffix ("Primorsky Krai") is the subject of a story that first names China.
  // A city named in a province's release ("Yiwu saw its trade climb ...") is an aside too.
  // Only a city named after the province's own lead: a release on the city that locates it in its province goes on with the city.
  // A county-level city or district named in a city's release ("Kunshan led with ...") is an aside the same way, and so is
  // a city in a customs district's release ("Chaozhou's exports of ceramics ..." after the district of Shantou Customs).
  const leadKind = memory.leadArea === memory.areaByKind.region ? 'region' : memory.leadArea === memory.leadCity ? 'city' : memory.leadArea?.endsWith(' Customs district') ? 'district' : '';
  const cityInProvince = memory.areaByKind.city === memory.area && leadKind !== '' && (memory.cityParagraph ?? -1) > (memory.leadParagraph ?? Infinity);
  // A foreign country quoted from its own figures in a release on another country ("U.S. beef exports to China
  // dropped to ..., according to U.S. Census Bureau data") is that paragraph's; the next goes back to the lead.
  const foreignAside = memory.areaByKind.country === memory.area && memory.leadArea === memory.country;
  // "Chongqing, the corridor's operation hub, handled ..." in a release on a corridor or railway: the city's part is an
  // aside too, and the next paragraph is the corridor's again.
  // (Chongqing is a municipality: a city or a province-level place alike.)
  // "The region's total stood at ..." in a zone's release: the province or city the zone lies in is an aside of its paragraph
  // too, and the next paragraph ("Its trade with ASEAN members ...") is the zone's again.
  // (So is the province "the region's total" points to, named before only as the whole the zone's share was taken of.)
  const wholeOfZone = memory.leadZone !== undefined && memory.leadZone === memory.leadArea && (memory.areaByKind.city === memory.area || memory.areaByKind.region === memory.area || memory.locatedIn === memory.area);
  const cityOfCorridor = (memory.areaByKind.city === memory.area || memory.areaByKind.region === memory.area) && CORRIDOR_NAME.test(memory.leadArea ?? '');
  // The same in another country's national release ("By locality, Bac Ninh province had ..." in Vietnam's): its lead is the
  // country it reports on, which the release's default country need not be.
  const nationalLead = memory.leadArea === memory.country || (memory.leadArea !== undefined && memory.leadArea === memory.areaByKind.country);
  if (memory.leadArea && memory.area !== memory.leadArea && (foreignAside || wholeOfZone || cityOfCorridor || memory.areaByKind.port === memory.area || memory.portAreas?.has(memory.area) || memory.portsNamed?.includes(memory.area) || memory.areaByKind.zone === memory.area || cityInProvince || ((memory.areaByKind.city === memory.area || memory.areaByKind.region === memory.area) && nationalLead && isPlaceWord(memory.area)))) memory.area = memory.leadArea;
  // "In March, 702 trains used Alashankou. At the Horgos railway port further south, 1,820 trains passed" in a release on
  // Alashankou, then a new paragraph "the port had handled more than 45,000 trains": in a port's release, another port named
  // in a paragraph on the release's port (one with rows of it) is an aside, not the port the next paragraph's "the port"
  // means; that is the release's own port again. (A paragraph of its own on another port keeps it.)
  if (memory.leadArea?.endsWith(' Port') && memory.area === memory.leadArea && memory.areaByKind.port && memory.areaByKind.port !== memory.leadArea && memory.portParagraph === memory.leadAreaParagraph) memory.areaByKind.port = memory.leadArea;
}

/**
 * "The Bay Area cities' trade" after "the Guangdong-Hong Kong-Macao Greater Bay Area", "Congo supplied ..." after "the
 * Democratic Republic of Congo's export suspension": a short form stands for the full name the release has named before;
 * with no such name before it, it is no place of the release's.
 */
export function withShortForms(places: PlaceMention[], memory: ReleaseMemory): PlaceMention[] {
  memory.fullNames ??= new Set();
  for (const p of places) if (!SHORT_FORMS.has(p.name)) memory.fullNames.add(p.name);
  if (!places.some((p) => SHORT_FORMS.has(p.name))) return places;
  const full = (p: PlaceMention) => SHORT_FORMS.get(p.name)!.full.find((name) => memory.fullNames!.has(name));
  return places.filter((p) => !SHORT_FORMS.has(p.name) || full(p) !== undefined).map((p) => (SHORT_FORMS.has(p.name) ? { ...p, name: full(p)! } : p));
}

// "Since the first train left the Xi'an port for Almaty in November 2013, the hub had run more than 29,000 services": where the
// first train or shipment went dates and places the launch; it is no partner of the running total after the comma.
const FIRST_RUN_SINCE_OPENING = /^\s*Since\s+(?:the\s+)?(?:first|maiden|inaugural)\s+[^,;]{1,160},/i;

/** The partners named, and "exports to the 27-member bloc", "imports from the country": anaphora for the partner named before. */
export function partnerPlacesOf(scene: SentenceScene): PlaceMention[] {
  const { s, places, memory } = scene;
  const launch = s.startsWith('Since', firstNonSpace(s, 0)) ? (FIRST_RUN_SINCE_OPENING.exec(s)?.[0].length ?? 0) : 0;
  const partnerPlaces = places.filter((p) => p.role === 'partner' && !p.inList && p.start >= launch);
  PARTNER_ANAPHOR.lastIndex = 0;
  for (let m: RegExpExecArray | null; mentions(s, PARTNER_ANAPHOR_WORDS) && (m = PARTNER_ANAPHOR.exec(s)) !== null; ) {
    const noun = m[1] ?? m[2] ?? m[3] ?? m[4];
    const bloc = m[4] !== undefined || /bloc|grouping/i.test(noun);
    const at = m.index;
    // "exports from the country" is the reporting country's own trade.
    if (!bloc && /^from\b/i.test(m[0]) && /\b(?:exports?|exported|shipments|goods|products)\s+(?:[\w-]+\s+){0,3}$/i.test(s.slice(Math.max(0, at - 60), at))) continue;
    const earlier = places.findLast((p) => p.role === 'partner' && p.end <= at && (bloc ? p.kind === 'group' : p.kind === 'country'));
    const name = earlier?.name ?? (bloc ? memory.groupPartner : memory.partner);
    if (name && name !== memory.country && !places.some((p) => p.role === 'partner' && p.start < at + m![0].length && p.end > at)) {
      partnerPlaces.push({ start: at + m[0].length - noun.length, end: at + m[0].length, name, kind: bloc ? 'group' : 'country', role: 'partner' });
    }
  }
  partnerPlaces.sort((a, b) => a.start - b.start);
  return partnerPlaces;
}

const AMOUNT_ALONE_IN_BRACKET = /^\s*\)/;

/** "China (19.2%), Russia (17.6%)", "to the mainland (+18.6%), Taiwan (+57.4%)": a bracketed figure belongs to the place before it. */
export function bracketedPartners(frame: RowFrame): void {
  const { s, places } = frame;
  for (const r of frame.readings) {
    // "surpluses with the Netherlands ($5.6) and Hong Kong ($2.1)": an amount alone in the bracket is the place's too.
    if (r.role === 'level' && !AMOUNT_ALONE_IN_BRACKET.test(s.slice(r.figure.end, r.figure.end + 4))) continue;
    // "Japan (USD 0.98 billion, 14.3 percent)": also after the place's amount in the same bracket.
    const owner = places.find((p) => p.role === 'partner' && p.end <= r.figure.start && r.figure.start - p.end <= 40 && (/^\s*\(\s*[+\-−]?\s*$/.test(s.slice(p.end, r.figure.start)) || PARTNER_BRACKET_AMOUNT_GAP.test(s.slice(p.end, r.figure.start))));
    if (owner && !r.partnerOverride) r.partnerOverride = owner.name;
    // "58.3 pct. came from Denmark and 13.5 pct. from Sweden": a part said to come from (go to) a partner is that partner's.
    const moved = r.role === 'share' && places.find((p) => p.role === 'partner' && p.start >= r.figure.end && p.start - r.figure.end <= 80 && (MOVED_TO_PLACE_AFTER.test(s.slice(r.figure.end, p.start)) || ELIDED_MOVE_AFTER.test(s.slice(r.figure.end, p.start))));
    if (moved && !r.partnerOverride) r.partnerOverride = moved.name;
  }
}

// "Dongguan's trade stood at 1.05 trillion yuan and Foshan's at 571.4 billion yuan": a possessive after the
// figure that leads into an amount of its own owns that amount.
// "followed by Suzhou Industrial Park at 552.6 billion yuan and Zhangjiagang at 186.7 billion yuan": a place "at" an amount owns it.
// So does a place "with" one, comma or not ("followed by Binh Duong province with 33.9 billion USD and Thai Nguyen province with
// 31.4 billion USD", "then Chaozhou, with 14.6 billion yuan").
// "..., Kamyshovaya (opposite Hunchun) 2.6 million tonnes and Nizhneleninskoye, at the bridge to Tongjiang, 3.1 million tonnes":
// a place whose amount follows an aside locating it owns that amount too.
const OWNS_NEXT_AMOUNT = /^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?|\s+at\s+|,?\s+with\s+|,\s+(?:at|near|facing|opposite|across\s+from)\s+[^,;.\d]{1,40},\s+|\s+\((?:at|near|facing|opposite|across\s+from)\s+[^()\d]{1,40}\)\s+)(?:(?:US|HK)?\$|[€¥£]|RMB\s?|CNY\s?)?\d/;

// "South Korea bought 604 tons and India 388 tons", "rose 14% to 3.9 million tons and Vietnam bought 3.1 million tons":
// a partner after the figure whose own amount follows it (bare, or after one verb of buying or supplying) owns that amount;
// so does a partner's possessive whose noun is left out ("Russia's share was 15.9% and Kazakhstan's 7.5%").
const PARTNER_OWNS_NEXT_AMOUNT = /^(?:['’]s)?\s+(?:(?:took|bought|imported|received|supplied|shipped|delivered|sent|purchased|for|with|at)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|just)\s+)?(?:(?:US|HK|A|NZ)?\$\s?|[€¥£])?\d/;

// "Alashankou handled 2,105 trains and Horgos 1,807.": a later place right before a bare number that ends its clause is
// the next item of a list whose verb and noun it leaves out; it owns that number, not the one before it.
// "and the Altynkol - Khorgos crossing 358,000 TEU.", "while Erenhot port about 2.1 million tonnes", "and the Manzhouli rail
// checkpoint 12.3 mln tonnes;": the place may keep the noun of its crossing, and the number its scale and unit (a word or two),
// when the clause ends right after them.
const OWNS_GAPPED_NUMBER = /^(?:\s+(?:(?:rail(?:way)?|road|highway|border|land)\s+)?(?:crossings?|ports?|checkpoints?|stations?|pass|bridges?|terminals?|gateways?|hubs?))?\s+(?:(?:about|around|nearly|some|over|more\s+than|roughly|almost|approximately|close\s+to|just\s+(?:over|under))\s+)?(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|thousand|mln|bn|m)\b)?(?:\s+[A-Za-z][\w-]*){0,2}\s*(?:[.;,]|$)/;

/** The places a figure at `at` may belong to, without a later place that owns the next amount (when a place comes before). */
function withoutNextOwner<T extends { start: number; end: number }>(s: string, places: T[], at: number, owns = OWNS_NEXT_AMOUNT): T[] {
  if (!places.some((x) => x.end <= at)) return places;
  return places.filter((x) => x.start < at || !(owns.test(s.slice(x.end, x.end + 40)) || OWNS_GAPPED_NUMBER.test(s.slice(x.end, x.end + 64))));
}

// "Guangxi's imports through Nanning Wuxu International Airport rose ..., and the airport handled 91,200 tonnes": "the
// airport" opening the figure's clause is the airport the sentence named before, though that one only routed other goods.
const AIRPORT_ANAPHOR = /^[\s,]*(?:(?:and|while|but|whereas)\s+)?(?:the|this)\s+airport\b(?!\s+(?:of|in)\b)/i;

/** The airport named earlier in the sentence, when "the airport" is the subject of the figure's clause and names no place of its own. */
function airportPointedBack({ s, places }: RowFrame, clo: number, at: number): string | undefined {
  if (clo === 0 || !s.includes('airport', clo) || !AIRPORT_ANAPHOR.test(s.slice(clo, at))) return undefined;
  if (places.some((x) => x.start >= clo && x.end <= at)) return undefined;
  return places.findLast((x) => x.end <= clo && x.name.endsWith(' Airport'))?.name;
}

// "Mohan Port, where the line crosses the border, has cleared 48,000 tonnes of cargo carried by the railway", "the port, which
// the railway serves, handled ...": a place whose clause a relative aside only interrupts is still the subject of the clause
// after the aside, not a place of an earlier clause.
const RELATIVE_ASIDE_GAP = /^\s*,\s*(?:where|which|who|whose|(?:in|through|at)\s+which)\s[^;.\d]{1,120}?,?\s*$/i;
const subjectPastAside = (s: string, x: { end: number }, clo: number): boolean => x.end < clo && clo - x.end <= 130 && RELATIVE_ASIDE_GAP.test(s.slice(x.end, clo));

/** The area of a figure at `at`; a place the sentence names for it is remembered as the sentence's area. */
export function areaFor(frame: RowFrame, at: number): string {
  const { s, bounds, asides, areaPlaces, memory } = frame;
  // A place in the figure's clause or before it names the area; "the port's ..." outranks a place
  // that only comes later in another clause.
  const [clo, clauseEnd] = clauseOf(bounds, at);
  // (a239) "China has taken about 80 percent of Brazil's soybean shipments, and premiums paid for Brazilian cargoes at the port of
  // Paranagua have climbed", "exports reached 6.8 million tonnes, while prices at Gashuun Sukhait fell": a later clause about
  // prices (period-choice.ts) ends the figure's clause; a place or "the port" it names is where the prices are.
  const chi = priceClauseCut(s, at, clauseEnd);
  const airport = airportPointedBack(frame, clo, at);
  if (airport) return (frame.sentenceArea = airport);
  const whole = ownerOfWholeBefore(frame, at);
  if (whole) return whole;
  if (memory.country && isNationalWholeOfShare(s, at)) return memory.country;
  const sharedWhole = ownerOfSharedWhole(frame, at);
  if (sharedWhole) return (frame.sentenceArea = sharedWhole);
  const pointedBack = ownerOfWholePointedBack(frame, at);
  if (pointedBack) return (frame.sentenceArea = pointedBack);
  const visible = asides.length ? areaPlaces.filter((x) => !asides.some(([a, b]) => x.start >= a && x.end <= b && (at < a || at >= b))) : areaPlaces;
  const seen = withoutCountryOfShareWhole(s, withoutPairOfShareWhole(s, withoutFarEndsOfHaul(frame, withoutSentDestinations(s, withoutMeansRoute(s, withoutServiceEnd(s, withoutCarriedRoute(s, visible.filter((x) => x.end <= at || (x.start >= clo && x.end <= chi)), at))), clo)), at), at);
  // "Via the Bolashak station on the Turkmen border, Kazakhstan sent ...": a port the sentence opens by routing its goods
  // through is the area of its figures over a country subject (a port in the figure's own clause still wins).
  const routed = opensWith(s, ['Via', 'Through']) ? seen.find((x) => x.kind === 'port' && ROUTED_OPENING.test(s.slice(0, x.start))) : undefined;
  if (routed && !seen.some((x) => x !== routed && x.kind === 'port' && x.start >= clo)) return (frame.sentenceArea = routed.name);
  const through = portRightAfterAmount(s, seen, at);
  if (through) return (frame.sentenceArea = through.name);
  const sourcePort = portSourceOverDateline(frame, seen, at);
  if (sourcePort) return (frame.sentenceArea = sourcePort);
  const reporter = reportingRelativeOwner(s, frame.places, at);
  if (reporter) return (frame.sentenceArea = reporter.name);
  const corridor = memory.areaByKind.zone;
  // "the Mohan railway port handled 2.18 million tonnes, and freight trains on the railway numbered 2,094": trains said to run
  // on the railway in a clause of their own, which names no port, are the railway's, over a port an earlier clause named.
  if (corridor?.endsWith(' Railway') && !seen.some((x) => x.kind === 'port' && ((x.start >= clo && x.end <= chi) || subjectPastAside(s, x, clo))) && ALONG_THE_RAILWAY.test(s.slice(clo, chi)) && anaphoraKind(s, clo, chi) !== 'port' && seen.some((x) => x.kind === 'port' && x.end <= clo)) return (frame.sentenceArea = corridor);
  const wholeCorridor = wholeCorridorBefore(frame, seen, at);
  if (wholeCorridor) return (frame.sentenceArea = wholeCorridor);
  const p = nearest(withoutNextOwner(s, seen, at), bounds, at, (x) => x.kind === 'port');
  if (p?.kind === 'port') return (frame.sentenceArea = hubAsCity(s, p, memory.leadArea) ?? p.name);
  // "handled 1,996 freight trains along the railway": the corridor named before, over a city or province
  // the sentence names ("trains on the railway made 2,630 trips through the port" stays the port's).
  if (corridor?.endsWith(' Railway') && (ALONG_THE_RAILWAY.test(s.slice(clo, chi)) || ACROSS_THE_RAILWAY_OPENING.test(s)) && anaphoraKind(s, clo, chi) !== 'port') return (frame.sentenceArea = corridor);
  // "Goods carried on the corridor in 2020 were worth ..." after a sentence on a hub of it: the trade corridor the release is
  // about (in a release on a city the corridor is only the route its goods took, batch 17).
  // (Not goods the clause says a place sent along it, "travelled on the corridor from Chongqing": that place's own, a142.)
  if (corridor?.endsWith(' Corridor') && corridor === memory.leadArea && !seen.length && s.includes('corridor') && ALONG_THE_CORRIDOR.test(s.slice(clo, chi)) && anaphoraKind(s, clo, chi) !== 'port') return (frame.sentenceArea = corridor);
  // "Kazakh exports through the crossing, chiefly ..., totalled ...": a country's goods routed through the port the release
  // is on are that port's figures, as through a port the sentence names.
  // The crossing the sentence itself named before ("At the Bakhty road checkpoint, ..., and Kazakh exports through the
  // checkpoint came to ...") is the one pointed to, over the port of the sentences before.
  // (a250) So are goods a country subject sent "across the bridge" or "through the port" after their amount ("Northbound, China
  // sent 41,200 tonnes of goods across the bridge", "Kazakhstan shipped 2.1 million tonnes of grain through the crossing").
  if (p?.kind === 'country' && p.end <= at && (ROUTED_THROUGH_ANAPHOR.test(s.slice(p.end, at)) || (COUNTRY_SENT_GAP.test(s.slice(p.end, at)) && ROUTED_AFTER_AMOUNT.test(s.slice(at, chi))))) {
    const port = seen.findLast((x) => x.kind === 'port' && x.end <= p.start)?.name ?? memory.areaByKind.port;
    if (port) return (frame.sentenceArea = port);
  }
  const railPort = p ? (portTrainsLeft(frame, p) ?? leadPortOfTown(frame, p, at)) : undefined;
  if (railPort) return (frame.sentenceArea = railPort);
  if (p && ownAdjectiveAtCrossing(frame, p)) return (frame.sentenceArea = memory.area);
  if (p) return (frame.sentenceArea = anaphorOfClause(frame, p, clo, at) ?? p.name);
  return areaNamedElsewhere(frame, at, chi);
}

// "HEIHE, Heilongjiang, May 15 (Xinhua) -- More than 1.1 million tonnes of goods have crossed the bridge ..., according to
// the customs office at Heihe Port", "..., Erenhot Port said", "..., the administration of Khorgos Port reported": a port that
// speaks for the sentence's figures after them is whose figures they are, over a province that only places the dateline's
// city (a222; a port in the figure's own clause is read before).
const DATELINE_OPENING = /^[A-Z][A-Z .'’-]{1,40},[^.;]{0,80}?\s(?:--|—|–)\s/;
const PORT_SOURCE_BEFORE = /(?:\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:at|of|in)|\b(?:office|authorit(?:y|ies)|administration|operator|management|officials)\s+(?:at|of|in))\s+(?:the\s+)?$/i;
const PORT_SAID_AFTER = /^\s+(?:said|says|reported|reports|announced)\b/i;

const OWNER_PRONOUN_OPENING = /^\s*(?:Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:trade|exports|imports|shipments|purchases|sales|surplus|deficit|turnover)\b/;

/** The port a sentence opened by a dateline names as the source of its figures after them, when only the dateline named a place before. */
function portSourceOverDateline({ s, places }: RowFrame, seen: PlaceMention[], at: number): string | undefined {
  const dateline = seen.length && !seen.some((x) => x.kind === 'port') ? DATELINE_OPENING.exec(s) : null;
  if (!dateline || seen.some((x) => x.start >= dateline[0].length)) return undefined;
  return places.find((x) => x.kind === 'port' && x.start > at && (PORT_SOURCE_BEFORE.test(s.slice(Math.max(0, x.start - 70), x.start)) || PORT_SAID_AFTER.test(s.slice(x.end, x.end + 16))))?.name;
}

// Places that are one city and its port: "the port" of a release on them is theirs.
const CITY_TERRITORIES: ReadonlySet<string> = new Set(['Hong Kong', 'Macao', 'Singapore']);

// The word itself, with no station, terminal or port area (a district named after a dry port, "the port area", is the city's).
const THE_PORT = /\b(?:the|its)\s+(?:(?:container|sea|cargo|deep-?water)\s+)?(?:sea)?port\b(?!\s+(?:area|district|zone|city|authorit\w*|office|bureau|administration|operators?|group|company|department|officials?)\b)/i;

/**
 * "Hong Kong's exports grew ... the container terminals in the port handled 1.12 million TEUs", "Singapore's ... The port
 * handled", "the harbour's terminals moved": "the port" with no port named before, in a release on a city (or a territory that is
 * one city), is that city's port, "X Port" (a177).
 */
const TOWN_ITSELF = /\b[Tt]he\s+(?:town|city)\s+itself\b/;

function portOfCityInForce(memory: ReleaseMemory): string | undefined {
  const area = memory.area;
  return area && (area === memory.areaByKind.city || CITY_TERRITORIES.has(area)) ? `${area} Port` : undefined;
}

/** The port of the town a customs district the release reports on is named after ("Manzhouli Customs district": Manzhouli Port). */
function portOfCustomsDistrict(memory: ReleaseMemory): string | undefined {
  const district = [memory.area, memory.leadArea, memory.areaByKind.zone].find((a) => a?.endsWith(' Customs district'));
  return district ? `${district.slice(0, -' Customs district'.length)} Port` : undefined;
}

// "trains on the whole corridor made 2,946 trips", "Across the entire route, ...", "The corridor as a whole handled ...", "along
// the full length of the line", "the railway in its entirety": a corridor, route or line said whole is the corridor itself,
// whose figure it is, even in a release on a city or hub that only sends its own goods along it (batch 17's route convention
// is for that city's goods; the whole corridor's are the corridor's).
// The corridor may be called by its name ("Across the New International Land-Sea Trade Corridor as a whole", "the entire
// China-Laos Railway", "the whole of the Middle Corridor route"), and the corridor so named in the same sentence is the one meant.
const WHOLE_CORRIDOR = /\bthe\s+(?:(?:(?:whole|entire|full|complete)\s+(?:length\s+of\s+the\s+|of\s+the\s+)?|(?:full\s+)?length\s+of\s+the\s+)(?:[\w'’-]+\s+){0,6}?(?:corridor|route|railway|rail\s+line|line|network)\b|(?:[\w'’-]+\s+){0,6}?(?:corridor|route|railway|line|network)\s+(?:as\s+a\s+whole|in\s+its\s+entirety|overall)\b)/gi;
const WHOLE_WORDS = keywords(['whole', 'entire', 'entirety', 'full', 'complete', 'overall', 'length'], WHOLE_CORRIDOR);
// What stands between the whole corridor and its figure: no clause of another subject, no sentence break.
const WHOLE_TO_FIGURE_GAP = /^[^.;]{0,160}$/;

/** The corridor the release named before, when the figure at `at` is said of the whole of it and no port or town comes between. */
function wholeCorridorBefore({ s, memory, places }: RowFrame, seen: PlaceMention[], at: number): string | undefined {
  const corridor = places.findLast((x) => x.kind === 'zone' && x.end <= at && CORRIDOR_NAME.test(x.name))?.name ?? memory.corridorNamed ?? memory.areaByKind.zone;
  if (!corridor || !CORRIDOR_NAME.test(corridor) || !mentions(s, WHOLE_WORDS, Math.max(0, at - 200), at)) return undefined;
  WHOLE_CORRIDOR.lastIndex = Math.max(0, at - 200);
  let last: RegExpExecArray | null = null;
  for (let m: RegExpExecArray | null; (m = WHOLE_CORRIDOR.exec(s)) !== null && m.index < at; ) last = m;
  if (!last || !WHOLE_TO_FIGURE_GAP.test(s.slice(last.index + last[0].length, at))) return undefined;
  const end = last.index + last[0].length;
  return seen.some((x) => x.start >= end && x.end <= at && (x.kind === 'port' || x.kind === 'city' || x.kind === 'region')) ? undefined : corridor;
}

// "Suifenhe sits under Mudanjiang, the prefecture-level city, which reported first-quarter trade of 12.4 billion yuan", "...
// belongs to Jiamusi, which posted ...", "... Chongzuo, whose exports reached ...", "... the city above it, Hulunbuir, that
// recorded ...": a relative clause of reporting opened right after a place (an apposition between) holds that place's figures.
// ("... of those of Zhejiang province as a whole, whose exports grew 7.6%": the place's kind and "as a whole" may come between.)
const REPORTING_RELATIVE_AFTER = /^(?:\s+(?:province|city|region|municipality|county|prefecture|district))?(?:\s+(?:as\s+a\s+whole|overall|in\s+all))?(?:\s*,\s*(?:the|a|an)\s+[^,;.\d]{1,60})?\s*,\s*(?:(?:which|that)\s+(?:(?:has|had|also|in\s+turn)\s+)?(?:reported|posted|recorded|registered|logged|booked|saw|achieved|had|reports|posts|records|registers|sees)|whose\s+(?:(?:own|total|foreign)\s+)?(?:trade|exports|imports|turnover)(?!\s+(?:with|to|from)\b))\b[^;.]*$/i;

// A country or a bloc "whose trade with China reached ..." is a partner, not a place reporting its own figures.
const DOMESTIC_REPORTER_KINDS = new Set(['city', 'port', 'region', 'zone']);

/**
 * The place whose relative clause of reporting holds the figure at `at`, if any: any place of the sentence, since one after
 * "belongs to" or "reports to" was read as a partner.
 */
function reportingRelativeOwner(s: string, places: PlaceMention[], at: number): PlaceMention | undefined {
  if (!s.includes('which') && !s.includes('that') && !s.includes('whose')) return undefined;
  return places.findLast((x) => x.end <= at && DOMESTIC_REPORTER_KINDS.has(x.kind) && REPORTING_RELATIVE_AFTER.test(s.slice(x.end, at)));
}

// "The trains leaving Yiwu carried 101,600 TEUs" after "the inland port of Yiwu dispatched ...": a city its trains leave, when
// the release has named the city's port, stands for that port (the trains leave from it).
const TRAINS_LEAVING_BEFORE = /\btrains\s+(?:leaving|departing(?:\s+from)?|(?:that|which)\s+(?:left|departed(?:\s+from)?))\s+$/i;

// "Taicang, Nanjing and Wuhan handled 4.18 million, 1.96 million and 1.37 million TEUs ... Of Wuhan's volume, 0.52 million TEUs
// were foreign trade containers": a city's volume or throughput, after the release named the city's port, is that port's.
const PORT_VOLUME_AFTER = /^['’]s\s+(?:(?:total|container|cargo|overall)\s+)?(?:volume|throughput|box\s+volume|container\s+traffic)\b/i;

/** The port of the city `p` when the figure's trains leave that city, or its volume is counted, and the release has named its port. */
function portTrainsLeft({ s, memory }: RowFrame, p: PlaceMention): string | undefined {
  if (p.kind !== 'city' || !(TRAINS_LEAVING_BEFORE.test(s.slice(Math.max(0, p.start - 40), p.start)) || PORT_VOLUME_AFTER.test(s.slice(p.end, p.end + 30)))) return undefined;
  const port = `${p.name} Port`;
  return memory.areaByKind.port === port || memory.portsNamed?.includes(port) ? port : undefined;
}

// "the city of Hamburg", "Hamburg city", "Heihe City": a town named as a city (its own trade, not its port's).
const CITY_WORD_BEFORE = /\bcity\s+of\s+(?:the\s+)?$/i;
const CITY_WORD_AFTER = /^\s*(?:city|municipality)\b/i;

// "The city of Laredo clears about 40 percent of ...", "Hamburg handled a 28% share of ...", "the town, which processes some 15
// per cent of ...": a town of the port the release is on, as the subject of a verb of clearing or handling a share of trade,
// is that port at work (named as a city or not); a share of the town's own trade ("accounted for") stays the town's.
const SHARE_OF_AFTER = /^\s+(?:share\s+)?of\s/i;
const HANDLES_SHARE_GAP = /^[^.;\d]{0,60}?\b(?:clear(?:s|ed|ing)?|handl(?:es|ed|ing|e)|process(?:es|ed|ing)?|carr(?:ies|ied|ying|y)|mov(?:es|ed|ing|e)|funnel(?:s|led|ed)?|channel(?:s|led|ed)?)\s+(?:(?:a|an|about|around|nearly|some|roughly|over|almost|close\s+to|more\s+than)\s+)*$/i;

/**
 * "China remained Hamburg's most important trading partner: boxes ... 1.12 million TEU" in a release on the Port of Hamburg:
 * the town of the port the release is on, named bare (not as a city), stands for that port in the cargo it handled.
 */
function leadPortOfTown({ s, memory, readings }: RowFrame, p: PlaceMention, at: number): string | undefined {
  if (p.kind !== 'city' || memory.leadArea !== `${p.name} Port`) return undefined;
  // Cargo the port handled only: "Yiwu's own imports and exports" in a release on Yiwu's rail port are the city's trade.
  const figure = readings.find((r) => r.figure.start === at)?.figure;
  if (figure?.kind === 'percent' && SHARE_OF_AFTER.test(s.slice(figure.end, figure.end + 12)) && HANDLES_SHARE_GAP.test(s.slice(p.end, at))) return memory.leadArea;
  if (figure?.measure !== 'quantity') return undefined;
  return CITY_WORD_BEFORE.test(s.slice(Math.max(0, p.start - 20), p.start)) || CITY_WORD_AFTER.test(s.slice(p.end, p.end + 20)) ? undefined : memory.leadArea;
}

// "15.1 million tonnes passed through Dostyk and 8.7 million tonnes through Altynkol", "2.3 million tonnes via the Zamyn-Uud
// crossing": an amount, its unit (and goods), at most a verb of passing, then "through" or "via" a port: that port is the
// amount's, over a port named before it (the second item of a list whose verb is left out names its own port this way).
const THROUGH_PORT_AFTER_AMOUNT = /^\S+(?:\s+(?:million|billion|thousand|mln|bln|bn|mn))?\s+(?:tonnes|tons|t|TEUs?|containers|wagons|trains|cubic\s+met(?:er|re)s)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:passed|went|moved|were\s+(?:moved|shipped|transported|carried|handled))\s+)?(?:through|via)\s+(?:the\s+)?$/i;

/** The port named right after an amount by "through" or "via", with nothing but the amount's unit (and a verb of passing) between. */
function portRightAfterAmount(s: string, seen: PlaceMention[], at: number): PlaceMention | undefined {
  const port = seen.find((x) => x.kind === 'port' && x.start > at && x.start - at <= 80);
  return port && THROUGH_PORT_AFTER_AMOUNT.test(s.slice(at, port.start)) ? port : undefined;
}

// "Rail-sea trains on the corridor made 9,214 trips ..., carrying 462,000 TEUs of goods through Beibu Gulf Port": what the
// subject carried, in a participle after its own figure, through a port named after the amount is the subject's; the port
// is only the way it went.
const CARRYING_BEFORE = /,\s*(?:carrying|hauling|transporting)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/i;
const CARRYING_WORDS = keywords(['carrying', 'hauling', 'transporting'], CARRYING_BEFORE);

// "Erenhot's sea-rail service with Tianjin Port ran 412 trains", "Xi'an's rail-sea link to Qingdao Port carried 35,000 TEUs",
// "the city's freight shuttle between it and Tianjin Port": a service a place owns (its possessive) runs to a place at its
// other end; the owner's figures are the owner's, and the far end named after "with" or "to" is no area of them.
const SERVICE_END_BEFORE = /['’]s\s+(?:[\w-]+\s+){0,3}?(?:services?|links?|routes?|lines?|shuttles?|connections?|channels?|trains?)\s+(?:with|to|from|between\s+it\s+and)\s+(?:the\s+)?$/i;

/** The places seen, but for the far end of a service owned by a place named before it. */
function withoutServiceEnd(s: string, seen: PlaceMention[]): PlaceMention[] {
  if (!s.includes('s ') || seen.length < 2) return seen;
  return seen.filter((x) => !(SERVICE_END_BEFORE.test(s.slice(Math.max(0, x.start - 60), x.start)) && seen.some((o) => o.end <= x.start && x.start - o.end <= 60 && /^['’]s\s/.test(s.slice(o.end, o.end + 3)))));
}

// "Laos exported 1.21 million tonnes to China by the Laos-China Railway ..., worth 412 million dollars", "Chongqing shipped
// 86,000 TEUs along the New Western Land-Sea Corridor, worth ...", "the province sent goods via the Middle Corridor": a railway,
// corridor or route the subject's goods went by is the means of their trade; the country, region or city named before it as
// the subject keeps its figures (a port the goods went through is the port's: the area convention; a111).
const MEANS_ROUTE_BEFORE = /\b(?:by|via|on|along|over|using)\s+(?:the\s+)?$/i;
const MEANS_ROUTE_NAME = /\s(?:Railway|Corridor|Route|Line|Express)$/;
const MEANS_ROUTE_WORDS = keywords(['by', 'via', 'on', 'along', 'over', 'using'], MEANS_ROUTE_BEFORE);

// "Block trains between China and Türkiye via the Middle Corridor numbered 186", "boxes moved from Xi'an to Baku along the
// Trans-Caspian route", "trade between Laos and Thailand on the railway": a route named as the means of a haul whose two ends
// the words before it name is only the way between them, whatever the subject; the ends are read by their own rules.
const PLACE_WORDS = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
const ENDS_BEFORE_MEANS = new RegExp(String.raw`\b(?:between\s+${PLACE_WORDS}\s+and|from\s+${PLACE_WORDS}\s+to)\s+${PLACE_WORDS}\s+(?:by|via|on|along|over|using|through)\s+(?:the\s+)?$`, 'u');
const ENDS_WORDS = keywords(['between', 'from'], ENDS_BEFORE_MEANS);

/** True for a railway or corridor named as the means of a haul, after the subject it carried for or the haul's two ends. */
function meansRoute(s: string, x: PlaceMention, subject: PlaceMention | undefined): boolean {
  if (x.kind !== 'zone' || !MEANS_ROUTE_NAME.test(x.name) || !mentions(s, MEANS_ROUTE_WORDS, Math.max(0, x.start - 12), x.start) || !MEANS_ROUTE_BEFORE.test(s.slice(Math.max(0, x.start - 12), x.start))) return false;
  if (subject && x.start > subject.end) return true;
  const from = Math.max(0, x.start - 120);
  return mentions(s, ENDS_WORDS, from, x.start) && ENDS_BEFORE_MEANS.test(s.slice(from, x.start));
}

/** The places seen, but for a railway or corridor the goods went by after a country, region or city named first (the subject). */
function withoutMeansRoute(s: string, seen: PlaceMention[]): PlaceMention[] {
  if (!seen.some((x) => x.kind === 'zone' && MEANS_ROUTE_NAME.test(x.name))) return seen;
  const first = seen[0];
  const subject = seen.length >= 2 && (first.kind === 'country' || first.kind === 'region' || first.kind === 'city') ? first : undefined;
  return seen.filter((x) => !meansRoute(s, x, subject));
}

// "Huaihua dispatched 912 trains southbound to Vientiane, Hanoi and Bangkok, while 574 trains reached the city", "sent 300 trains
// westward to Almaty and Tashkent, and 120 came back", "1,208 trains left for Duisburg and Lodz; 1,034 returned": the towns or
// countries an earlier clause sends the goods or trains to (after "to", "for", "towards", "bound for", a list or one) are where
// they went, no area of a later clause's figure, which goes back to the sender.
const SENT_TO_BEFORE = /\b(?:dispatched|despatched|sent|ran|shipped|delivered|exported|headed|heading|left|departed|set\s+(?:out|off)|bound|destined|travell?ed|went|moved)\b[^.;]{0,60}?\b(?:to|for|towards?|into)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?){0,6}$/;
const SENT_TO_WORDS = keywords(['dispatched', 'despatched', 'sent', 'ran', 'shipped', 'delivered', 'exported', 'headed', 'heading', 'left', 'departed', 'set out', 'set off', 'bound', 'destined', 'travelled', 'traveled', 'went', 'moved'], SENT_TO_BEFORE);

// "Westbound services into Duisburg numbered 412, while the line's yearly count rose ...", "Trains bound for Hamburg came to 96,
// and ...", "runs to Lodz and Warsaw totalled 310; ...", "Departures heading for Tashkent were 58, whereas ...": a noun of the runs
// (services, trains, runs, departures, trips, shipments, boxes) with the place they went to after "to", "for", "towards" or
// "into" names that clause's far end in the noun itself, with no verb of sending; it too is no area of a later clause's figure.
const HAUL_TO_BEFORE = /\b(?i:services|trains|runs|departures|trips|journeys|shipments|consignments|containers|boxes|cargoes)\s+(?:(?i:heading|headed|bound|destined|going|running|travell?ing)\s+)?(?i:to|for|towards?|into)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?){0,6}$/;
const HAUL_TO_WORDS = keywords(['services', 'trains', 'runs', 'departures', 'trips', 'journeys', 'shipments', 'consignments', 'containers', 'boxes', 'cargoes'], HAUL_TO_BEFORE);

/** Whether the place starting at `at` is where an earlier clause sent things (by a verb of sending, or a noun of runs "to" it). */
function sentTo(s: string, at: number): boolean {
  const from = Math.max(0, at - 120);
  return (mentions(s, SENT_TO_WORDS, from, at) && SENT_TO_BEFORE.test(s.slice(from, at))) || (mentions(s, HAUL_TO_WORDS, from, at) && HAUL_TO_BEFORE.test(s.slice(from, at)));
}

// "The city clears about 40 percent of all US-Mexico trade", "handled 12% of the total China-Laos freight", "took a 30 percent
// share of trade between Thailand and Malaysia", "some 18 per cent of overland Kazakhstan/China commerce": the two sides named
// after a share's "of" own the whole the share is taken of, together; neither is the holder of the share, which is the subject's.
const SHARE_OF_PAIR_BEFORE = /^[\d.,]*\s?(?:%|per\s?cent|percent|pct)\s+(?:share\s+)?of\s+(?:(?:all|the|total|overall|cross-border|overland|bilateral|two-way)\s+){0,3}(?:(?:[\w-]+\s+){0,2}?(?:trade|commerce|freight|traffic|cargo)\s+between\s+(?:the\s+)?)?$/i;
const PAIR_PARTNER_AFTER = /^(?:\s?[-–/]\s?|\s+and\s+)(?:the\s+)?[A-Z]/;
// The second side: "Mexico-United States", "between the US and Mexico" (the first side stands between the share and it).
const PAIR_SECOND_BEFORE = /^(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s?[-–/]\s?|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+and\s+(?:the\s+)?)$/;

/** Whether the country `x` is one side of a pair owning the whole a share at `at` is taken of. */
function sideOfShareWhole(s: string, x: PlaceMention, at: number): boolean {
  if (x.start <= at || x.start - at > 90 || x.kind !== 'country') return false;
  if (PAIR_PARTNER_AFTER.test(s.slice(x.end, x.end + 6)) && SHARE_OF_PAIR_BEFORE.test(s.slice(at, x.start))) return true;
  const first = /(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s?[-–/]\s?|\s+and\s+(?:the\s+)?)$/.exec(s.slice(Math.max(at, x.start - 40), x.start));
  return first !== null && PAIR_SECOND_BEFORE.test(first[0].replace(/^the\s+/, '')) && SHARE_OF_PAIR_BEFORE.test(s.slice(at, x.start - first[0].length));
}

/** The places seen, but for one side of a pair of countries owning the whole a share at `at` is taken of. */
function withoutPairOfShareWhole(s: string, seen: PlaceMention[], at: number): PlaceMention[] {
  if (!s.includes(' of ', at)) return seen;
  return seen.filter((x) => !sideOfShareWhole(s, x, at));
}

// "foreign trade through Santos ..., equivalent to 28.7% of the Brazilian trade flow", "the port handled 31 percent of Chile's
// exports", "some 12% of all German container traffic", "a 40 per cent share of the Spanish total": after a port or town holding
// the share (named, or "the port", "its terminals"), the country after the share's "of" owns the whole the share is taken of; it is no area of the share.
const SHARE_OF_COUNTRY_BEFORE = /^[\d.,]*\s?(?:%|per\s?cent|percent|pct)\s+(?:share\s+)?of\s+(?:(?:all|the|total|overall|whole|entire)\s+){0,2}$/i;
const PORT_WORD_BEFORE = /\b(?:the|its|this)\s+(?:port|harbou?r|terminals?)(?:['’]s)?\s/i;
const WHOLE_OF_COUNTRY_AFTER = /^(?:['’]s?)?\s+(?:(?:total|overall|foreign|external|overseas|seaborne|maritime|sea|container|containerised|containerized|cargo|trade)\s+){0,2}(?:trade|commerce|exports|imports|flows?|turnover|total|cargo|freight|throughput|traffic|volumes?|shipments|boxes|containers)\b/i;

/** The places seen, but for a country owning the whole a share at `at` is taken of, when a port or town before holds the share. */
function withoutCountryOfShareWhole(s: string, seen: PlaceMention[], at: number): PlaceMention[] {
  if (!s.includes(' of ', at) || !(seen.some((x) => x.end <= at && (x.kind === 'port' || x.kind === 'city')) || PORT_WORD_BEFORE.test(s.slice(Math.max(0, at - 160), at)))) return seen;
  return seen.filter((x) => !(x.kind === 'country' && x.start > at && x.start - at <= 40 && SHARE_OF_COUNTRY_BEFORE.test(s.slice(at, x.start)) && WHOLE_OF_COUNTRY_AFTER.test(s.slice(x.end, x.end + 50))));
}

/** The places seen, but for towns or countries an earlier clause (before `clo`, the figure's clause) sent things to. */
function withoutSentDestinations(s: string, seen: PlaceMention[], clo: number): PlaceMention[] {
  if (clo === 0 || !seen.some((x) => x.end <= clo && (x.kind === 'city' || x.kind === 'country'))) return seen;
  return seen.filter((x) => !(x.end <= clo && (x.kind === 'city' || x.kind === 'country') && sentTo(s, x.start)));
}

// "604 trains arrived from Chinese terminals and 522 left for China", "Inbound trains from Chengdu numbered 1,461", "boxes
// coming in from Xi'an", "trains sent back to China", "westbound trains arriving via Belarus", "cargo routed through Kazakhstan",
// "services transiting Russia": in a release whose area is known (the terminal, port or city that reports), a town or country
// named as where the trains or boxes came from, went to or passed through is the far end or the route of the haul, not the
// area of its figures (a port passed through stays the port's: the area convention).
// The named end a haul went to before its route: one to three capitalised words, or a short list of such names.
const DESTINATION_NAMES = String.raw`(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:(?:,\s*|\s+and\s+|\s+or\s+)(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}){0,3}`;
const HAUL_END_FRAMES = [
  // came from: "arrived from", "coming in from", "rolled in from", "returned here from", "inbound trains from", "westbound boxes from"
  // (a201: the reporting place may stand between, "came back to the city from Duisburg, Lodz, Budapest and Moscow".)
  // (a253: so may the load, "461 came back to the city loaded with goods from Europe and Central Asia", "returned laden with
  // timber from Russia".)
  String.raw`(?:arriv(?:e|es|ed|ing)|c[oa]me|comes|coming|return(?:s|ed|ing)?|received|sent\s+back|(?:roll|pull)(?:s|ed|ing)?)\s+(?:(?:in|back|here|there)\s+)?(?:(?:to|into)\s+(?:the\s+)?(?:city|port|hub|terminal|station|yard|country|province|region)\s+)?(?:(?:loaded|laden|filled|packed)\s+with\s+(?:[\w-]+\s+){0,3}?)?from`,
  String.raw`(?:inbound|incoming|westbound|eastbound|northbound|southbound)\s+(?:[\w-]+\s+){0,2}?from`,
  // went to: "left for", "departing for", "bound for", "headed for", "sent back to", "returned to", "went on to"
  String.raw`(?:left|leaving|leaves?|departed|departing|depart|bound|headed|heading|destined|set\s+(?:out|off)|made)\s+for`,
  String.raw`(?:sent|dispatched|shipped|returned|returning|went|going|headed|heading)\s+(?:back\s+|on\s+|onward\s+)?to`,
  // ended at: "served terminals in", "reached stations in", "unloaded at yards in", "terminated in", "ended their runs in" (a180)
  String.raw`(?:serv(?:ed|es|ing)|reach(?:ed|es|ing)|call(?:ed|ing)\s+at|(?:unload|arriv)(?:ed|ing)\s+at)\s+(?:[\w-]+\s+){0,2}?(?:terminals?|stations?|destinations?|yards?|hubs?|depots?|cities|ports?)\s+in`,
  String.raw`(?:terminat|end|finish|unload)(?:ed|ing|s)?\s+(?:(?:their|its)\s+(?:journeys?|runs?|trips?|routes?)\s+)?in`,
  // went through: "arriving via", "passing through", "routed across", "transiting", "by way of"
  String.raw`(?:arriv(?:ed|ing)|pass(?:ed|ing|es)?|rout(?:ed|ing)|travell?(?:ed|ing)|mov(?:ed|ing)|c[oa]me|coming|crossing)\s+(?:through|via|across)`,
  String.raw`transit(?:s|ed|ing)?|by\s+way\s+of`,
];
// A later item of a list of ends ("arriving from Baku and Turkmenbashi", "left for Lodz, Duisburg or Hamburg") is an end too.
const EARLIER_LIST_ITEMS = String.raw`(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?){0,4}`;
const HAUL_END_BEFORE = new RegExp(String.raw`\b(?:${HAUL_END_FRAMES.join('|')})\s+(?:(?:the|its)\s+)?${EARLIER_LIST_ITEMS}$`, 'i');
const HAUL_END_WORDS = keywords(['from', 'for', 'to', 'through', 'via', 'across', 'transit', 'transits', 'transited', 'transiting', 'way', 'in'], HAUL_END_BEFORE);
// "the remaining 0.5 million tonnes shipped to South Korea through Tianjin", "wheat railed on to Iran via Turkmenistan",
// "copper bound for Germany by way of Rotterdam", "fruit trucked to Thailand and Malaysia across Laos": a place goods went
// through on their way to a named end is the route, not the area of the figures (any goods, no haul noun needed: the
// destination before the route says it is a haul).
const ROUTE_AFTER_DESTINATION_BEFORE = new RegExp(String.raw`\b(?:sent|dispatched|despatched|shipped|exported|re-?exported|delivered|trucked|railed|carried|transported|moved|forwarded|bound|headed|heading|destined|went|going)\s+(?:on(?:ward)?\s+)?(?:to|for)\s+(?:the\s+)?${DESTINATION_NAMES}\s+(?:through|via|across|by\s+way\s+of)\s+(?:the\s+)?$`, 'i');
const ROUTE_WORDS = keywords(['through', 'via', 'across', 'way'], ROUTE_AFTER_DESTINATION_BEFORE);
// A word of the haul itself in the sentence (the guard: trade figures "to" or "from" a country are a partner's, read elsewhere).
// (a201: or a part counted before that "came back" from its far end: "the remaining 1,257 came back to the city from Lodz".)
const HAUL_NOUNS = keywords(['train', 'trains', 'teu', 'teus', 'container', 'containers', 'boxes', 'wagons', 'services', 'shipments', 'cargo', 'freight', 'inbound', 'westbound', 'eastbound', 'came back', 'comes back', 'coming back']);
const HAUL_END_KINDS = new Set<PlaceKind>(['city', 'country', 'region', 'group']);

/** The places seen, but for the far ends or transit lands of a haul of trains or boxes, in a release whose area is set. */
function withoutFarEndsOfHaul({ s, memory }: RowFrame, seen: PlaceMention[]): PlaceMention[] {
  const own = memory.leadArea || memory.area;
  if (!own || !seen.length) return seen;
  const haul = mentions(s, HAUL_NOUNS);
  if (!haul && !mentions(s, ROUTE_WORDS)) return seen;
  return seen.filter((x) => !(HAUL_END_KINDS.has(x.kind) && x.name !== own && ((haul && isHaulEnd(s, x.start)) || isRouteAfterDestination(s, x.start))));
}

const isHaulEnd = (s: string, at: number): boolean => mentions(s, HAUL_END_WORDS, Math.max(0, at - 60), at) && HAUL_END_BEFORE.test(s.slice(Math.max(0, at - 60), at));
const isRouteAfterDestination = (s: string, at: number): boolean => mentions(s, ROUTE_WORDS, Math.max(0, at - 16), at) && ROUTE_AFTER_DESTINATION_BEFORE.test(s.slice(Math.max(0, at - 80), at));

function withoutCarriedRoute(s: string, seen: PlaceMention[], at: number): PlaceMention[] {
  const from = Math.max(0, at - 40);
  if (!mentions(s, CARRYING_WORDS, from, at) || !CARRYING_BEFORE.test(s.slice(from, at))) return seen;
  return seen.filter((x) => !(x.kind === 'port' && x.start > at && ROUTED_BEFORE.test(s.slice(Math.max(0, x.start - 12), x.start))));
}

// "Russian exports, primarily soybeans and timber, accounted for 149,000 tonnes" in a release on a crossing: a country's
// adjective opening the flow says whose goods went through the crossing the release is on; the figure stays the
// crossing's (a country's name, "Russia's exports", is the country's own figure).
const FLOW_NOUN_AFTER = /^\s+(?:exports|imports|shipments|supplies|deliveries)\b/;

function ownAdjectiveAtCrossing({ s, memory }: RowFrame, p: PlaceMention): boolean {
  if (p.kind !== 'country' || s.slice(p.start, p.end) === p.name) return false;
  return FLOW_NOUN_AFTER.test(s.slice(p.end, p.end + 14)) && memory.area !== '' && memory.area === memory.areaByKind.port && memory.area === memory.leadArea;
}

// "accounted for 38.2 percent of Yunnan's trade with Myanmar, which stood at 2.67 billion dollars": the level of the
// relative clause is the whole's, and the place owning the whole is its area.
const SHARE_OF_BEFORE_OWNER = /(?:%|\bper\s?cent)\s+of\s+(?:the\s+)?$/i;
// (a237: a verb of change leading to the level too, "60.6 percent of Tibet's foreign trade, which grew 20.2 percent to 4.75
// billion yuan", "of Xinjiang's exports, which rose 10 percent to", "which climbed to", "which fell by a tenth to".)
const WHICH_LEVEL_VERB = String.raw`(?:stood|was|were|reached|totall?ed|amounted|came|hit|(?:grew|rose|increased|climbed|jumped|expanded|fell|declined|dropped|decreased|shrank)(?=(?:[^,;.]|\.(?=\d)){0,30}\bto\s))\b(?:[^,;.]|\.(?=\d)){0,40}`;
const WHOLE_THEN_WHICH_LEVEL = new RegExp(String.raw`^['’]s?\s+[^,;.]{1,60},\s*which\s+${WHICH_LEVEL_VERB}$`, 'i');

// "or 38.6 percent of the foreign trade of Fangchenggang, which reached 123.06 billion yuan", "22 percent of the total
// exports of the province of Yunnan, which came to": the whole named by "of" before its owner reads the same way.
const SHARE_OF_WHOLE_OF_BEFORE = /(?:%|\bper\s?cent)\s+of\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:trade|total|exports|imports|turnover)\s+of\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|province|region|prefecture|county|municipality)\s+of\s+)?(?:the\s+)?$/i;
const OWNER_THEN_WHICH_LEVEL = new RegExp(String.raw`^\s*,\s*which\s+${WHICH_LEVEL_VERB}$`, 'i');

/** The place owning the whole a share was taken of, when the figure at `at` is that whole's level in a which-clause. */
function ownerOfWholeBefore({ s, places }: RowFrame, at: number): string | undefined {
  const owner = places.findLast((x) => x.end <= at && at - x.end <= 100 && isApostrophe(s.charCodeAt(x.end)) && WHOLE_THEN_WHICH_LEVEL.test(s.slice(x.end, at)));
  if (owner && SHARE_OF_BEFORE_OWNER.test(s.slice(Math.max(0, owner.start - 24), owner.start))) return owner.name;
  const ownerOf = places.findLast((x) => x.end <= at && at - x.end <= 40 && s.charCodeAt(x.end) === 44 && OWNER_THEN_WHICH_LEVEL.test(s.slice(x.end, at)));
  return ownerOf && SHARE_OF_WHOLE_OF_BEFORE.test(s.slice(Math.max(0, ownerOf.start - 90), ownerOf.start)) ? ownerOf.name : undefined;
}

// "made up 17.1pc of Malaysia's total trade of MYR1.45tn", "accounting for 21 percent of the country's total exports, worth
// $4.2 billion": the amount of the whole a share is taken of is the reporter's trade with the world, whichever partner the
// share (or the sentence's "bilateral trade") is of.
const WHOLE_OF_SHARE_BEFORE = /\d\s?(?:%|per\s?cent|percent|pct|pc)\s+of\s+(?:(?:the|its|their)\s+|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+|the\s+(?:country|nation|economy)['’]s\s+)(?:total|overall)\s+(?:(?:foreign|external|goods|merchandise)\s+)?(?:trade|exports|imports)\s*,?\s+(?:of|worth|valued\s+at|amounting\s+to|totall?ing)\s+(?:(?:about|around|nearly|some|roughly|over|more\s+than)\s+)?(?:[A-Z]{0,3}\$\s?|[€£¥]|[A-Z]{2,3}\s?)?$/;
const WHOLE_OF_SHARE_WORDS = keywords(['total', 'overall'], WHOLE_OF_SHARE_BEFORE);

// ("... of the region's total trade of 3.2 billion yuan with ASEAN": a whole that names its own partner after the amount keeps it.)
const PARTNER_AFTER_WHOLE = /^\S+(?:\s+(?:thousand|million|billion|trillion|mln|bln|bn|mn|tn))?(?:\s+[a-z]+)?\s+(?:with|to|from)\s/i;

// "The province contributed 20.0 percent of the national figure of 41.76 trillion yuan", "8 percent of the nation's exports,
// which totalled ...", "a 4.1% share of the country's total, worth ...": the amount of a national whole a share is taken of is
// the country's level, not the share holder's.
const NATIONAL_WHOLE_OF_SHARE_BEFORE = /\d\s?(?:%|per\s?cent|percent|pct)\s+(?:share\s+)?of\s+(?:the\s+)?(?:national|nationwide|country['’]s|nation['’]s)\s+(?:[\w-]+\s+){0,2}?(?:total|figure|trade|exports|imports|turnover|value|sum)\s*,?\s+(?:of|worth|valued\s+at|amounting\s+to|totall?ing|which\s+(?:stood|was|reached|totall?ed|amounted|came)(?:\s+(?:at|to))?)\s+(?:(?:about|around|nearly|some|roughly|over|more\s+than)\s+)?(?:[A-Z]{0,3}\$\s?|[€£¥]|[A-Z]{2,3}\s?)?$/i;
const NATIONAL_WHOLE_WORDS = keywords(['national', 'nationwide', 'country', 'nation'], NATIONAL_WHOLE_OF_SHARE_BEFORE);
const isNationalWholeOfShare = (s: string, at: number): boolean =>
  mentions(s, NATIONAL_WHOLE_WORDS, Math.max(0, at - 120), at) && NATIONAL_WHOLE_OF_SHARE_BEFORE.test(s.slice(Math.max(0, at - 120), at));

// "Trade in the border trade mode accounted for 62.3 percent of Dongxing's total", "Market procurement made up 40% of Yiwu's
// exports", "Processing trade took a 30 percent share of Manzhouli's trade", "Coal represented 55% of total trade at Erenhot",
// "General trade comprised a fifth of the foreign trade of Hekou": a kind of trade or goods, as the subject of a finite verb of
// share with no place or place word before it, is a part of the whole the place after "of" owns: the share is that place's.
// (A place, a place's possessive, or "the city", "its", "the figure" before the verb is the part: "The city's trade accounted
// for 49.3 percent of Guangdong's total" is the city's, "The figure made up 88.6 percent of Sichuan's total" the figure's
// owner's; so is a participle or ", or" after an amount, "accounting for 22.8 percent of Guangxi's total".)
const SHARE_OF_PLACE_WHOLE = /^[\d.,]+\s?(?:%|per\s?cent|percent|pct)\s+(?:share\s+)?of\s+(?:(?:the\s+)?(?:total|overall)?\s*(?:(?:foreign|external)\s+)?(?:trade|exports|imports|turnover|total)\s+(?:of|in|at)\s+)?$/i;
const PLACE_WHOLE_AFTER = /^['’]s?\s+(?:(?:total|overall)\s+)?(?:(?:foreign|external)\s+)?(?:trade|exports|imports|turnover|total)\b/i;
const KIND_SUBJECT_SHARE_VERB = /^(?![^,;]*(?:\b(?:city|cities|port|province|region|county|district|zone|country|nation|area|it|its|their|they|figure|total|sum|amount|value|this|that|these|those|which)\b|\b[A-Z][\w-]*['’]s\b))[^,;\d]{3,80}?\s(?:accounted\s+for|made\s+up|took(?:\s+up)?|represented|comprised|constituted)\s+(?:a\s+|about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$/i;

// "China's total barley imports were 11.3 million tonnes. Australia's share of that total was 19.4%, still behind France on
// 31.7%": a partner's share of a whole the sentence points back to ("that total", "those imports", "the same purchases") is a
// figure of the whole's owner, the area of the sentence before, not of a place a later clause names ("because Australian
// shipments only resumed ...").
// Words of the agencies a sentence may cite (each agency's name has one): a sentence with none is not searched for them.
const AGENCY_CITED_WORDS = /Statistic|Customs|Bureau|Ministry|Office|Authority|Agency|Service|Institute|Eurostat|Secex|INDEC|INEGI|DANE|ISTAT|Istat|Destatis|TurkStat|MONTSAME|Geostat/;
const SHARE_OF_WHOLE_POINTED_BACK = /^['’]s?\s+(?:(?:market|import|export)\s+)?share\s+of\s+(?:that|this|those|these|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:total|imports|exports|purchases|shipments|volume|figure|trade)\b/i;

// "Brazil's shipments of bovine meat soared to 826,000 tonnes ...; China absorbed 49.6 percent of the volume": a country as the
// subject of a verb of taking, holding the share of a whole pointed back to ("the volume", "those shipments"), is the partner;
// the share is of the whole's owner, the area of the clause before (a198).
const HOLDER_OF_WHOLE_POINTED_BACK = /^\s+(?:took|bought|received|absorbed|purchased|imported|got)\s+(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?[\d.]+\s*(?:%|per\s?cent|percent|pct)\s+of\s+(?:that|this|those|these|the\s+same|the)\s+(?:[\w-]+\s+){0,2}?(?:total|volume|shipments|exports|sales|tonnage|amount)\b(?!\s+(?:of|from|to)\b|['’])/i;

// "China absorbed 63 percent of the volume of barley the country exported in the first half, the Australian Bureau of Statistics
// reported", "Japan took 40% of the beef the nation shipped abroad", "Egypt bought 18 percent of all the wheat it sold": the
// whole is the goods a place pointed back to sent, and its owner is that place: the country whose agency the sentence cites,
// else the area in force (a198's holder of a whole pointed back to, the whole named by its seller's pointer).
const HOLDER_OF_GOODS_A_POINTER_SENT = new RegExp(String.raw`^\s+(?:took|bought|received|absorbed|purchased|imported|got)\s+(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?[\d.]+\s*(?:%|per\s?cent|percent|pct)\s+${GOODS_A_POINTER_SENT}`, 'i');

/** The area of the sentence before, when a partner's share of a whole pointed back to ("of that total") comes before the figure at `at`. */
function ownerOfWholePointedBack({ s, places, memory, sentenceArea }: RowFrame, at: number): string | undefined {
  const owner = sentenceArea || memory.area;
  if (!s.includes(' of ')) return undefined;
  const holder = places.find((x) => (x.kind === 'country' || x.kind === 'group') && x.end < at && (SHARE_OF_WHOLE_POINTED_BACK.test(s.slice(x.end, x.end + 60)) || (at - x.end < 40 && HOLDER_OF_WHOLE_POINTED_BACK.test(s.slice(x.end, x.end + 80)))));
  if (holder) return owner && holder.name !== owner ? owner : undefined;
  const buyer = places.find((x) => (x.kind === 'country' || x.kind === 'group') && x.end < at && at - x.end < 40 && HOLDER_OF_GOODS_A_POINTER_SENT.test(s.slice(x.end, x.end + 160)));
  const seller = buyer && (foreignAgencyCited(s, buyer.name) ?? owner);
  return seller && seller !== buyer.name ? seller : undefined;
}

/** The place owning the whole a share at `at` is taken of, when a kind of trade opening the sentence holds the share. */
// (The owner is read as a place that only locates the whole, so any place but a partner is taken.)
function ownerOfSharedWhole({ s, places }: RowFrame, at: number): string | undefined {
  if (!s.includes(' of ', at) || places.some((x) => x.end <= at) || !KIND_SUBJECT_SHARE_VERB.test(s.slice(0, at))) return undefined;
  const owner = places.find((x) => x.start > at && x.start - at < 80 && x.role !== 'partner' && x.kind !== 'country');
  if (!owner || !SHARE_OF_PLACE_WHOLE.test(s.slice(at, owner.start))) return undefined;
  const after = s.slice(owner.end, owner.end + 40);
  return !/^['’]/.test(after) || PLACE_WHOLE_AFTER.test(after) ? owner.name : undefined;
}

/** True when the figure at `at` is the amount of the whole a share before it is taken of. */
function isWholeOfShare(s: string, at: number): boolean {
  return mentions(s, WHOLE_OF_SHARE_WORDS, Math.max(0, at - 140), at) && WHOLE_OF_SHARE_BEFORE.test(s.slice(Math.max(0, at - 140), at)) && !PARTNER_AFTER_WHOLE.test(s.slice(at, at + 60));
}

// "The port's railway station on the China-Laos Railway handled 1,850 trains": a facility of the port pointed back to, placed on
// a cross-border railway, is the port's; the railway only says where the facility lies.
const PORT_FACILITY_ON_LINE = /\b(?:the|its)\s+port['’]s\s+(?:[\w-]+\s+){0,3}?(?:station|terminal|yard|hub)\s+(?:on|along)\s+(?:the\s+)?$/i;

/**
 * "The Ningbo Meishan Comprehensive Bonded Zone reported trade of X, and cross-border e-commerce imports in the city hit Y":
 * an anaphor in the figure's own clause points past a place of another kind named in an earlier clause.
 */
function anaphorOfClause(frame: RowFrame, p: PlaceMention, clo: number, at: number): string | undefined {
  if (p.start >= clo) return p.kind === 'zone' && p.name.endsWith(' Railway') && PORT_FACILITY_ON_LINE.test(frame.s.slice(clo, p.start)) ? frame.memory.areaByKind.port : undefined;
  const kind = anaphoraKind(frame.s, clo, at);
  if (kind && kind === p.kind) return partNamedByAnaphor(frame, p, clo, at);
  if (!kind || kind === 'country') return undefined;
  // "The zone, next to Dongting Port, handled X, while the port moved Y TEUs": a place of that kind the sentence named before
  // the clause (if only to place another) is the one pointed back to, over one of earlier sentences.
  const named = frame.places.findLast((x) => x.kind === kind && x.end <= clo);
  const earlier = named?.name ?? pilotZoneMeant(frame.memory, kind, frame.s.slice(clo, at)) ?? frame.memory.areaByKind[kind];
  return earlier && earlier !== p.name ? earlier : undefined;
}

// "The wider Suzhou Industrial Park traded X, the zone contributing 37.3 percent", "..., with the zone accounting for 37.3
// percent", "...; the zone made up 37.3 percent of it": an anaphor opening a clause of a part, after a clause whose place of
// the same kind owns the whole, cannot be that place (a thing is no part of itself), so it points back past it, to the place
// of its kind the sentences before reported on.
const PART_CLAUSE_OF_ANAPHOR = /^[\s,;]*(?:(?:and|while|with|whereas)\s+)?(?:the|this|its)\s+(?:[\w-]+\s+){0,3}?(?:zone|areas?|port|city|district|park|province|region|prefecture)\s+(?:alone\s+)?(?:contribut(?:ing|ed|es)|account(?:ing|ed|s)\s+for|mak(?:ing|es)\s+up|made\s+up|represent(?:ing|ed|s)|tak(?:ing|es)(?:\s+up)?|took(?:\s+up)?|supplying|supplied|provid(?:ing|ed))\s+(?:(?:a\s+share\s+of|about|around|nearly|some|roughly|over|more\s+than|almost|just\s+over|just\s+under)\s+)*$/i;

/** The place of `p`'s kind the sentences before reported on, when an anaphor of that kind holds a part of `p`'s whole. */
function partNamedByAnaphor({ s, memory }: RowFrame, p: PlaceMention, clo: number, at: number): string | undefined {
  if (p.end > clo || !PART_CLAUSE_OF_ANAPHOR.test(s.slice(clo, at))) return undefined;
  const earlier = memory.areaByKind[p.kind];
  return earlier && earlier !== p.name ? earlier : undefined;
}

/** The province-level city the release's region is ("Shanghai"), or undefined. */
const municipalityOf = (memory: ReleaseMemory): string | undefined => {
  const region = memory.areaByKind.region;
  return region && isMunicipality(region) ? region : undefined;
};

// "the bonded areas", "the pilot area", "the free trade area", "the pilot zone": the bonded parts of a pilot free trade zone
// taken together, or the pilot zone by another of its words, are that pilot zone, not one bonded zone named on its own in between.
const FTZ_ANAPHOR = /\b(?:the|this|that)\s+(?:(?:pilot\s+)?(?:free\s+trade\s+zone|FTZ)|pilot\s+(?:free\s+trade\s+)?(?:zone|area)|free\s+trade\s+area|(?:special\s+)?(?:comprehensive\s+)?bonded\s+areas)\b/i;

/** The pilot free trade zone the release named, when a zone anaphor in `text` means it ("the FTZ", "the bonded areas"). */
const pilotZoneMeant = (memory: ReleaseMemory, kind: PlaceKind, text: string): string | undefined =>
  kind === 'zone' && memory.ftzNamed && FTZ_ANAPHOR.test(text) ? memory.ftzNamed : undefined;

/** The area of a figure whose clause names no place: the side opening the sentence, an anaphor, a later place, or memory. */
/**
 * "Exports of farm goods, of which Shandong is the country's largest supplier, were ...", "Garlic, where Shandong leads the
 * country, brought in ...": "the country" in a relative aside ranks or sizes the province the aside names within the country;
 * it is not whose figure it is (other anaphors there, "between the port and inland cities", still point to the release's
 * place; a153).
 */
function anaphorOutsideNationalAside({ s, asides, withoutAsides, places }: RowFrame, chi: number): PlaceKind | null {
  const kind = anaphoraKind(s, 0, chi);
  if (kind === 'country' && asides.length) return anaphoraKind(withoutAsides, 0, chi);
  // (a239) "Trade with Hong Kong, mostly goods routed through the city to third markets, fell 6.2 percent", "exports to
  // Singapore, much of it re-exported from the port, rose": "the city" or "the port" in an aside set off right after a partner
  // describes that partner; it points to no area of the release.
  const partnerAsides = kind && asides.length ? asides.filter(([a]) => places.some((x) => x.role === 'partner' && x.end <= a && /^\s*$/.test(s.slice(x.end, a)))) : [];
  return partnerAsides.length ? anaphoraKind(partnerAsides.reduce((t, [a, b]) => t.slice(0, a) + ' '.repeat(b - a) + t.slice(b), s), 0, chi) : kind;
}

function areaNamedElsewhere(frame: RowFrame, at: number, chi: number): string {
  const { s, bounds, places, memory } = frame;
  // "Final data on the United States' 2013 trade will be released in February. Its total goods trade stood at 3.82 trillion
  // dollars in 2012.": "Its" or "Their" opening a sentence that names no place points to the country the sentence before named
  // as the owner of something, over the area in force.
  const owner = memory.countryOwnedBefore;
  if (owner && owner !== memory.area && !places.some((x) => x.end <= at) && OWNER_PRONOUN_OPENING.test(s)) return (frame.sentenceArea = owner);
  // "On the Chinese side, customs data showed ...": the side named opening the sentence is whose figures follow.
  const side = opensWith(s, ['On', 'From']) ? SIDE_OPENING.exec(s) : null;
  const sideCountry = side ? countryOf(side[1]) : null;
  if (sideCountry) return (frame.sentenceArea = sideCountry);
  // "Exports under market procurement in the jurisdiction reached ...": the customs district named before.
  const district = memory.areaByKind.zone;
  if (district?.endsWith(' Customs district') && JURISDICTION_ANAPHOR.test(s.slice(0, chi))) return (frame.sentenceArea = district);
  const together = placesTakenTogether(s, chi, memory);
  if (together) return (frame.sentenceArea = together);
  // "According to China's General Administration of Customs, imports of aquatic products from Russia ...": the country
  // whose own source opens the sentence reports its figures, in a release on another country too.
  const cited = places.find((x) => x.kind === 'country' && x.end <= at && ACCORDING_TO_OPENING.test(s.slice(0, x.start)) && SOURCE_OF_COUNTRY_AFTER.test(s.slice(x.end, x.end + 40)));
  if (cited) return (frame.sentenceArea = cited.name);
  // "The Philippine Statistics Authority put rice imports at 4.7 million tonnes" after a sentence on Vietnam's exports: a
  // sentence naming no place of its own whose source is the agency of a country other than the one in force gives that
  // country's figures (only over a country in force: a province's figures cited from its nation's customs stay the province's).
  const inForce = memory.area || memory.country;
  const agency = inForce && countryOf(inForce) === inForce && AGENCY_CITED_WORDS.test(s) && !places.some((x) => x.role === 'area') ? foreignAgencyCited(s, inForce) : undefined;
  if (agency) return (frame.sentenceArea = agency);
  // (a250) "The town itself reported small-scale border trade of 410 million yuan", "the city itself recorded ...": in a release
  // on a land-port town's port, "the town (city) itself" sets the town apart from its port: its own trade is the town's.
  const townItself = memory.area && s.includes(' itself') && TOWN_ITSELF.test(s.slice(0, chi)) && isLandPortTown(memory.area) ? memory.area.slice(0, -' Port'.length) : undefined;
  if (townItself) return (frame.sentenceArea = townItself);
  const anaphor = anaphorOutsideNationalAside(frame, chi);
  // "India's oil ministry data showed the country's crude imports rose ...": the country whose source
  // the sentence names before the anaphor is the one it points to, not the release's.
  // "According to Yingkou Customs, the city's imports ...": the same for a city whose customs or bureau is the source.
  const sourceAfter = anaphor === 'country' ? SOURCE_OF_COUNTRY_AFTER : anaphor === 'city' ? SOURCE_OF_CITY_AFTER : null;
  // "Separately, Shanghai Customs said the city's trade ...": a municipality is the city its customs speaks for.
  const sourceCountry = sourceAfter ? places.find((x) => (x.kind === anaphor || (anaphor === 'city' && isMunicipality(x.name))) && x.role === 'locator' && x.end <= at && sourceAfter.test(s.slice(x.end, x.end + 40))) : undefined;
  // "Yiwu, the small-commodity hub, ... Figures released by Jinhua Customs show the city's imports ...": the customs office of
  // the prefecture reporting on a county-level city the release is on speaks for that city, which "the city" still points to.
  const countyCity = anaphor === 'city' && sourceCountry ? countyCityReported(memory, sourceCountry.name) : undefined;
  if (countyCity) return (frame.sentenceArea = countyCity);
  if (sourceCountry) return anaphor === 'city' ? (frame.sentenceArea = sourceCountry.name) : sourceCountry.name;
  if (anaphor === 'country') return agencyCountryBefore(s, at, memory.country) ?? (memory.country || memory.area);
  // "The customs service transferred 61.8 billion soms to the national budget" after a paragraph on two checkpoints: a port
  // keeps no budget, so money paid into the state's budget is the country's ("the region's customs posts have transferred
  // ... to the federal budget" stays the region's).
  if (memory.country && isPortArea(memory) && s.includes('budget') && NATIONAL_BUDGET.test(s)) return (frame.sentenceArea = memory.country);
  // "Shijiazhuang International Dry Port ... shuttled to Tianjin Port ... trains from the dry port": the port whose name has the kind.
  const kindWord = anaphor === 'port' ? portAnaphorKind(s, 0, chi) : '';
  const kindPort = kindWord ? (memory.portsNamed?.findLast((name) => name.includes(` ${kindWord} `)) ?? memory.portKinds?.[kindWord.toLowerCase()]) : undefined;
  if (kindPort) return (frame.sentenceArea = kindPort);
  // "The city's port handled 5.03 million TEUs": the port of the city pointed back to, not the city's own trade.
  const cityPort = (anaphor === 'city' || anaphor === 'region') && s.includes('port') ? CITY_PORT.exec(s.slice(0, chi)) : null;
  // In a release on a province-level city (Shanghai, Tianjin), which the lexicon holds as a region, "the city" is that city.
  const city = cityPort ? (memory.areaByKind.city ?? municipalityOf(memory) ?? (memory.area ? undefined : memory.datelineCity)) : undefined;
  if (city) return (frame.sentenceArea = `${city} Port`);
  // "Goods cleared by the Manzhouli customs district were worth ... Crude arriving through the port reached ...": "the port",
  // "the crossing" or "the checkpoint" with no port named before, in a release on a customs district named after its town,
  // is that town's port (a171).
  const districtPort = anaphor === 'port' && !memory.areaByKind.port ? portOfCustomsDistrict(memory) : undefined;
  if (districtPort) return (frame.sentenceArea = districtPort);
  const ownPort = anaphor === 'port' && !memory.areaByKind.port && THE_PORT.test(s.slice(0, chi)) ? portOfCityInForce(memory) : undefined;
  if (ownPort) return (frame.sentenceArea = ownPort);
  // "The free trade zone as a whole handled ..." after a bonded zone said to be part of a pilot free trade zone: the pilot zone
  // named last, even where it only placed the other zone, over the zone the sentences before reported on.
  if (anaphor === 'zone' && memory.ftzNamed && FTZ_ANAPHOR.test(s.slice(0, chi))) return (frame.sentenceArea = memory.ftzNamed);
  const aggregate = anaphor === 'region' ? aggregateOfRegionWord(s, chi, memory) : undefined;
  if (aggregate) return (frame.sentenceArea = aggregate);
  // "The province's imports ...": later sentences go on with the province.
  if (anaphor && memory.areaByKind[anaphor]) return (frame.sentenceArea = memory.areaByKind[anaphor]!);
  if (anaphor && memory.reviewPlaces?.[anaphor]) return (frame.sentenceArea = memory.reviewPlaces[anaphor]!);
  // "The city's overall foreign trade ..." (or "the municipality's") after a paragraph on Chongqing in a national release: with
  // no city of the lexicon named, "the city" is the province-level city named last (held as a region), not the country.
  const municipality = anaphor === 'city' ? municipalityOf(memory) : undefined;
  if (municipality) return (frame.sentenceArea = municipality);
  // "ZHENGZHOU, Dec. 20 -- ..., 13 trains have set off westward from the city": "the city" before the release has named any
  // place of its figures is the one of the dateline (after that, it points to that place, whatever its kind).
  if (anaphor === 'city' && !memory.area && memory.datelineCity) return (frame.sentenceArea = memory.datelineCity);
  // "YIWU, Nov. 18 -- ... after the first train pulled out of this small-commodity hub": "this" hub or town with a word of
  // what it is, before any place of the figures, is the dateline's city as well.
  if (!anaphor && !memory.area && memory.datelineCity && s.includes('this ') && THIS_HUB.test(s.slice(0, chi))) return (frame.sentenceArea = memory.datelineCity);
  // "Chengdu, capital of southwest China's Sichuan Province, ... The province as a whole recorded ...": a province
  // named only to place the city is the one "the province" points to.
  if (anaphor === 'region' && memory.locatedIn) return (frame.sentenceArea = memory.locatedIn);
  // ("Vietnamese durians made up 236,000 tonnes, while Thai durians, which travel overland through Laos, surged": a country in
  // a relative aside of a later subject describes that subject; it is no area of a figure outside the aside.)
  // (Nor is a place of any kind in an aside of what the goods mostly were, or placing a city: descriptiveAsides.)
  // ("The trains, which link inland cities with Qinzhou Port, carried 486,000 TEUs", "The line, which runs from Kunming to the
  // Boten crossing, moved ...": the far end of a link in a relative clause on the subject, closed before the figure, is no area
  // of the subject's figures (the near end, "which links Yiwu with Europe", may be its home); a111.)
  const described = frame.asides.length ? [...descriptiveAsides(s), ...farEndsOfLinks(s, at)] : [];
  const outside = (x: PlaceMention) => ([a, b]: [number, number]) => x.start >= a && x.end <= b && (at < a || at >= b);
  const outsideAsides = frame.asides.length ? frame.framePlaces.filter((x) => !(x.kind === 'country' && frame.asides.some(outside(x))) && !described.some(outside(x))) : frame.framePlaces;
  // (A pair's whole is no area of a share its subject, a place word or anaphor, holds: "Its bridge carries 12 percent of US-Mexico
  // trade"; with no such holder, "Machinery made up 40 percent of US-Mexico trade", the pair keeps it.)
  const heldBySubject = (text: string, xs: PlaceMention[], pos: number) => (anaphor ? withoutPairOfShareWhole(text, xs, pos) : xs);
  // (a239: nor a place of a later clause about prices, areaFor.)
  const priceCut = priceClauseCut(s, at, s.length);
  const later = nearest(beforeNextClauseFigure(frame, beforeContrast(s, heldBySubject(s, withoutSentDestinations(s, withoutFarEndsOfHaul(frame, withoutMeansRoute(s, outsideAsides)), clauseOf(bounds, at)[0]), at), at), chi).filter((x) => x.start < at || !rankedInPassing(s, x)).filter((x) => x.start < priceCut), bounds, at, (x) => x.kind === 'port');
  if (later) return (frame.sentenceArea = later.name);
  if (memory.trainsArea && memory.trainsArea !== memory.country && trainServiceAnaphor(s)) return (frame.sentenceArea = memory.trainsArea);
  const hubCity = memory.leadArea !== memory.area ? trainsOfCityHub(s, memory.area) : undefined;
  if (hubCity) return (frame.sentenceArea = hubCity);
  return memory.area || memory.country;
}

// "The Yangtze River Delta ... posted 3.76 trillion yuan. Shanghai's trade was ..., Jiangsu ..., Anhui's figure was ... The region's
// trade with the European Union reached ...", "Exports from the whole region to ASEAN rose ...": "the region" in a release led by a
// group of provinces or cities that customs reports together points back to that group, not to the last member province
// named one by one (a province is "the province"; an autonomous region named last, "Guangxi", keeps "the region"; a235).
const REGION_WORD = /\b(?:the|this|its)\s+(?:(?:whole|entire)\s+)?region\b(?!al)/i;

/** The group of provinces the release leads on, when "the region" points back past a member province named after it. */
function aggregateOfRegionWord(s: string, chi: number, memory: ReleaseMemory): string | undefined {
  const lead = memory.leadArea;
  const named = memory.areaByKind.region;
  if (!lead || !isDomesticAggregate(lead) || !named || named === lead || isCalledRegion(named)) return undefined;
  return s.includes('region') && REGION_WORD.test(s.slice(0, chi)) ? lead : undefined;
}

// "The Xi'an Railway Port ... declared 12.8 billion yuan. The Chang'an trains made 3,399 trips, carrying 290,000 TEUs": trains
// counted in a sentence that names no place, after a city's inland hub, are the city's (the hub dispatches the city's trains;
// what the hub itself declared or handled stays the hub's, as a102 ruled). In a release on the hub itself, its trains stay its own.
/** The city of the inland hub the release was last on, when the sentence counts trains or their trips. */
function trainsOfCityHub(s: string, area: string): string | undefined {
  return area.endsWith(' Port') && TRAINS_COUNTED.test(s) ? cityOfInlandHub(area) : undefined;
}
const TRAINS_COUNTED = /\b(?:trips|trains)\b/i;
// "Further east, Urumqi International Land Port assembled 1,362 westbound services" in a release on another place: a city's
// hub by its full name ("X International Railway Port", "X International Land Port") running the trains it counts is the city
// (the lead's a102 ruling, read for b251-14); in a release on the hub itself, its trains stay its own, as above.
/** The city of the full-named inland hub `x`, when it runs trains in `s` and the release is on another place. */
function hubAsCity(s: string, x: PlaceMention, leadArea: string | undefined): string | undefined {
  const city = x.kind === 'port' && x.name !== leadArea ? cityOfInlandHub(x.name) : undefined;
  // (A lead on the city or on a port of it in another form, "Xi'an railway port" in the headline, is a release on the hub itself.)
  const onSameCity = leadArea === undefined || leadArea === city || (leadArea.endsWith(' Port') && leadArea.startsWith(`${city} `));
  return city && !onSameCity && hubRunsTrains(s, x.end) ? city : undefined;
}

// "Trade with Laos rose 36.0 percent to 12.7 billion yuan, helped by the railway: 2.81 million tonnes were cleared at Mohan
// port", "Exports grew 4 percent to 9.1 billion dollars; some 310,000 containers passed through the port of Haiphong": a place
// named after the amount of a later clause (after a colon, a semicolon, "and" or a new subject) is that amount's, and does not
// reach back to a figure whose own clause names no place.
/** The places of `places`, without those standing after a level figure of a clause after the one ending at `chi`. */
function beforeNextClauseFigure({ readings }: RowFrame, places: PlaceMention[], chi: number): PlaceMention[] {
  if (!places.some((x) => x.start > chi)) return places;
  const next = readings.find((r) => r.role === 'level' && r.figure.start >= chi);
  return next ? places.filter((x) => x.start < next.figure.start) : places;
}

// "which link(s) A with B", "that connected A to B", "which runs from A to B", "which joins A and B": a verb of linking, then the
// far end after "with", "to" or "and" (up to the clause's end).
const LINK_FAR_END = /\b(?:link(?:s|ed|ing)?|connect(?:s|ed|ing)?|join(?:s|ed|ing)?|tie(?:s|d)?|run(?:s|ning)?\s+from|ran\s+from|stretch(?:es|ed)?\s+from)\s[^;]*?\s(?:with|to|and)\s/;
const LINK_WORDS = keywords(['link', 'connect', 'join', 'tie', 'from'], LINK_FAR_END);

/** Spans from the far end of a link to the close of each relative clause that ends before `at` (see LINK_FAR_END). */
function farEndsOfLinks(s: string, at: number): Array<[number, number]> {
  if (!mentions(s, LINK_WORDS)) return [];
  const spans: Array<[number, number]> = [];
  for (const [a, b] of relativeClauses(s)) {
    const m = b <= at ? LINK_FAR_END.exec(s.slice(a, b)) : null;
    // "... with the ports of Primorye through the Pogranichny checkpoint": a crossing the link goes through is where its goods
    // pass (the area convention), so the far end stops before "through" or "via".
    const from = m ? a + m.index + m[0].length : -1;
    const via = m ? s.slice(from, b).search(/\b(?:through|via)\b/) : -1;
    if (m) spans.push([from, via < 0 ? b : from + via]);
  }
  return spans;
}

// "Together the two handled 461.1 billion yuan" after a sentence giving Sichuan's and Chongqing's levels, "The three cities
// combined accounted for ...", "Between them, the pair shipped ...", "Both together made up ...": a counted anaphor taken
// together points back to the places whose levels the sentence before gave, as many as it counts; they report jointly, under
// the name joint areas take ("Chongqing and Sichuan").
const TAKEN_TOGETHER = /\b(?:(?:together|combined|jointly|between\s+them)\s*,?\s+(?:the|these|those|all)\s+(two|three|four|pair)\b|(?:the|these|those|all)\s+(two|three|four)\s+(?:[a-z-]+\s+)?(?:together|combined|jointly)\b|(?:the\s+)?(pair|both)\s+(?:together|combined|jointly)\b)/i;
const TAKEN_TOGETHER_WORDS = keywords(['together', 'combined', 'jointly', 'between'], TAKEN_TOGETHER);
const TOGETHER_COUNT: Record<string, number> = { two: 2, pair: 2, both: 2, three: 3, four: 4 };

function placesTakenTogether(s: string, chi: number, memory: ReleaseMemory): string | undefined {
  if (!mentions(s, TAKEN_TOGETHER_WORDS, 0, chi)) return undefined;
  const m = TAKEN_TOGETHER.exec(s.slice(0, chi));
  if (!m) return undefined;
  const count = TOGETHER_COUNT[(m[1] ?? m[2] ?? m[3]).toLowerCase()];
  const areas = [...new Set((memory.previousLevels ?? []).map((r) => r.area))].filter((a) => a !== memory.country);
  return areas.length === count ? jointName(areas, 'city') : jointLeadOf(memory, count);
}

/**
 * "Sichuan and Chongqing ... did combined foreign trade of 1.75 trillion yuan ... Sichuan reported ... The two places jointly run
 * the ... Railway Express, which ran more than 4,800 trains": with no such levels just before, the counted anaphor points back
 * to the joint area the release leads on, when it joins as many places of the lexicon as it counts (a235).
 */
function jointLeadOf(memory: ReleaseMemory, count: number): string | undefined {
  const members = memory.leadArea?.split(/,\s*(?:and\s+)?|\s+and\s+/);
  return members && members.length === count && members.every((x) => isPlaceWord(x) && !countryOf(x)) ? memory.leadArea : undefined;
}

// ", while Suzhou's imports and exports reached ...": a clause set against the one before it, with a subject of its own.
const CONTRAST_OPENING = /[,;]\s*(?:while|whereas|but|meanwhile)\s/gi;

/**
 * "Battery exports fell 14.8 percent amid weaker demand, while Suzhou's trade reached ...": a place named after a contrasting
 * clause opens, later than the figure, is that clause's; it does not reach back to a figure before it.
 */
function beforeContrast(s: string, places: PlaceMention[], at: number): PlaceMention[] {
  if (!places.some((x) => x.start > at)) return places;
  CONTRAST_OPENING.lastIndex = at;
  const contrast = CONTRAST_OPENING.exec(s);
  return contrast ? places.filter((x) => x.start < contrast.index) : places;
}

/**
 * "Across the border, the Mongolian Customs General Administration said the country's coal exports totalled ..." in a
 * release on a Chinese port: an agency named by its country's adjective before "the country" is the country it points to,
 * when that is another country than the release's (one agency only; the release's own agency changes nothing).
 */
function agencyCountryBefore(s: string, at: number, releaseCountry: string): string | undefined {
  const agencies = agencyCountries(s.slice(0, at));
  const cited = agencies.length ? agencies : officialsCountries(s.slice(0, at));
  return cited.length === 1 && cited[0] !== releaseCountry ? cited[0] : undefined;
}

// "Kazakh officials in Astana said the country's turnover fell ...", "Uzbek authorities reported that the nation's exports ...",
// "according to Kyrgyz statisticians, the country's imports ...", "the Turkmen government has said the country's surplus ...",
// "Chinese customs count the country's trade with ... at": people or a service that speak for a state, named by its
// adjective, point "the country" to that state as an agency so named does.
const OFFICIALS_OF_ADJECTIVE = /\b([A-Z][a-z]+)\s+(?:(?:government|customs|trade|statistics|finance|economy|state)\s+)?(?:officials|authorities|statisticians|government|ministers?|spokes(?:man|woman|person)|customs)\b/g;

/** The countries whose officials, named by the country's adjective, `text` cites (one per mention). */
function officialsCountries(text: string): string[] {
  if (!/\b(?:officials|authorities|statisticians|government|minister|spokes|customs)/.test(text)) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(OFFICIALS_OF_ADJECTIVE)) {
    const country = countryOf(m[1]);
    if (country && country !== m[1]) found.add(country);
  }
  return [...found];
}

// "... the service has made over 9,800 trips", "815 trains had run on the route since it was launched": the train service the
// release counted trains of, whatever place a sentence in between was about (the province's trade, where its goods were made);
// a hub's service, not the country's trains a national count opened with.
const SERVICE_ANAPHOR = /\b(?:the|this)\s+(?:service|route)\b(?!\s+(?:to|from|between|linking)\b)/i;
const SERVICE_ANAPHOR_WORDS = keywords(['service', 'route'], SERVICE_ANAPHOR);
const TRAIN_COUNT_WORDS = /\b(?:trips|trains)\b/;

function trainServiceAnaphor(s: string): boolean {
  return mentions(s, SERVICE_ANAPHOR_WORDS) && TRAIN_COUNT_WORDS.test(s) && SERVICE_ANAPHOR.test(s);
}

/** The county-level city the release is on (its lead, or the city named last), when `prefecture` administers it. */
function countyCityReported(memory: ReleaseMemory, prefecture: string): string | undefined {
  return [memory.leadArea, memory.areaByKind.city].find((x) => x !== undefined && isCountyCityOf(x, prefecture));
}

const isPortArea = (memory: ReleaseMemory) => memory.area !== '' && (memory.area === memory.areaByKind.port || memory.portsNamed?.includes(memory.area) === true);

/** The partner of a figure at `at`: the nearest named up to its clause's end, the one before for "bilateral", else the world. */
export function partnerFor(frame: RowFrame, at: number): string {
  const { s, bounds, memory } = frame;
  if (isWholeOfShare(s, at)) return 'World';
  // A partner named in a later clause is another figure's ("..., and purchases of beef from Brazil rose").
  const [, chi] = clauseOf(bounds, at);
  const p: PlaceMention | null = nearest(withoutNextOwner(s, frame.partnerPlaces.filter((x) => x.end <= chi), at, PARTNER_OWNS_NEXT_AMOUNT), bounds, at);
  if (p) return ownSideOfPair(frame, p) ? memory.partner : p.name;
  if (frame.places.length === 1 && ownSideOfPair(frame, frame.places[0])) return memory.partner;
  if (mentions(s, BILATERAL_WORDS) && BILATERAL.test(s) && memory.partner) return memory.partner;
  // "In national currency, mutual trade totaled ..." before any "mutual trade with X": the trade of the last partner named.
  if ((memory.mutualPartner || memory.partner) && mentions(s, MUTUAL_TRADE_WORDS) && MUTUAL_TRADE.test(s)) return memory.mutualPartner || memory.partner;
  if (memory.partner && (restatesInMoney(s) || restatesExactly(s))) return memory.partner;
  return 'World';
}

// "In August, trade between the two countries was $20.4 bln. Supplies from China amounted to around $9.4 bln.": goods said to
// come from one side of the pair, no destination named, in the paragraph that spoke of the pair's trade, went to the other.
// The goods may be named by any noun of a flow ("exports from", "deliveries from", "shipments out of", "goods sent from").
const FROM_OWN_SIDE = /\b(?:supplies|deliveries|exports|shipments|sales|goods|cargoes|flows?)\s+(?:(?:sent|shipped|delivered|supplied|exported)\s+)?(?:from|out\s+of)\s+(?:the\s+)?$/i;
const FROM_OWN_SIDE_WORDS = keywords(['from', 'out of'], FROM_OWN_SIDE);

/** Whether the one place of the sentence is the release's own side after FROM_OWN_SIDE, in the paragraph of the pair's trade. */
function ownSideOfPair(frame: RowFrame, p: PlaceMention): boolean {
  const { s, memory, places } = frame;
  if (!memory.partner || memory.pairParagraph !== memory.paragraph || p.name !== memory.country || p.name === memory.partner || !mentions(s, FROM_OWN_SIDE_WORDS)) return false;
  return places.length === 1 && FROM_OWN_SIDE.test(s.slice(Math.max(0, p.start - 50), p.start));
}

// "... exceeded 100 billion yuan. The exact figure was 101.3 billion yuan", "The precise total stood at", "To be exact, it was",
// "More precisely, the amount came to": a sentence opened by the exact form of the figure before restates that figure and
// keeps its partner.
const EXACT_OPENING = /^\s*(?:(?:To\s+be\s+(?:exact|precise)|More\s+precisely|Precisely|Exactly),?\s+(?:the\s+(?:[a-z]+\s+)?(?:figure|total|amount|number|sum|value|tally)|it|this|that)|The\s+(?:exact|precise|actual|accurate|unrounded|detailed)\s+(?:figure|total|amount|number|sum|value|tally))\s+(?:was|is|stood|came|reached|amounted|totall?ed)\b/;
const restatesExactly = (s: string): boolean => /^\s*(?:The|To|More|Precisely|Exactly)\s/.test(s) && EXACT_OPENING.test(s);

// "Expressed in Indian currency, the cargoes were worth 22,140 crore rupees.", "Measured in US dollars, the sales totalled
// US$72.9 billion.", "In rupee terms, they came to ...", "Converted into euros, these shipments were worth ...": a sentence
// opened by the money it restates in, whose subject only points back (a definite or demonstrative noun, "they", "it"),
// restates the level before it, and keeps that level's partner. Not a noun of a flow or of all trade ("In national currency,
// the turnover totaled ...", "In Jamaican dollars, the import bill amounted to ..."): that names the whole again.
const POINTING_BACK_NOUNS = String.raw`(?:cargoes|cargos|sales|shipments|deliveries|purchases|consignments|goods|sums?|amounts?|figures?)`;
const IN_MONEY_OPENING = new RegExp(String.raw`^\s*(?:(?:(?:Expressed|Measured|Calculated|Counted|Valued|Reckoned|Denominated|Converted|Translated)\s+in(?:to)?|In)\s+(?:the\s+|local\s+|national\s+|domestic\s+|U\.?S\.?\s+|US\s+|[A-Z][a-z]+\s+){0,2}(?:currency|money|dollars?|dollar\s+terms|rupees?|rupee\s+terms|yuan|renminbi|euros?|euro\s+terms|yen|won|roubles?|rubles?|tenge|reais|pesos?|baht|ringgit|rupiah|dong|pounds?|sterling|francs?|lira|rand|[a-z]+\s+terms)|In\s+terms\s+of\s+(?:the\s+)?[A-Za-z. ]{2,20}),\s+(?:(?:the|these|those|such|this|that)\s+(?:[a-z-]+\s+)?${POINTING_BACK_NOUNS}|they|it)\s+(?:were|was|are|is|totall?ed|came|amounted|stood|reached|equall?ed|fetched|earned|brought|represented|corresponded|translated)\b`);

/** Whether the sentence restates a level in another money with a subject that only points back to it. */
const restatesInMoney = (s: string): boolean => /^\s*(?:In|[A-Z][a-z]+ed)\s/.test(s) && IN_MONEY_OPENING.test(s);

// "China's imports of tin ore sank ... as mining halted, squeezing smelters in Yunnan": in a sentence with no
// figure, a country whose own trade is the subject stays the area; a province after "in" later on is scenery.
const OWN_TRADE_POSSESSIVE = /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:imports|exports|trade|shipments|purchases|arrivals)\b/i;

function ownTradeSubject(frame: RowFrame, rows: ObservationDraft[]): string {
  const { s, framePlaces } = frame;
  const first = framePlaces[0];
  if (rows.length || !first || first.kind !== 'country' || !OWN_TRADE_POSSESSIVE.test(s.slice(first.end, first.end + 60))) return '';
  const later = framePlaces.slice(1);
  return later.length && later.every((p) => /\bin\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, p.start - 8), p.start))) ? first.name : '';
}

const COUNTRY_POSSESSIVE_BEFORE = /\b([A-Z][a-z]+)['’]s\s+$/;

/** A place owned by a country other than the release's, written before it ("Russia's Jewish Autonomous Region"). */
function ofAnotherCountry({ s, memory }: RowFrame, p: PlaceMention): boolean {
  const owner = COUNTRY_POSSESSIVE_BEFORE.exec(s.slice(Math.max(0, p.start - 30), p.start));
  const country = owner ? countryOf(owner[1]) : null;
  return country !== null && memory.country !== '' && country !== memory.country;
}

const OF_WHICH = /,\s*of\s+which\b/i;
const PART_OPENING = /^\s*Of\s+(?:the|these|this|that|those|them)\b[^,.;]{0,40},/;
const PARTS_OF_WHOLE_BEFORE = /\bof\s+the\s+(?:exports|imports|total|trade|cargo|shipments)\b/i;

/**
 * "Mongolia exported 78.6 million tonnes of coal, of which 31.2 million tonnes crossed at Gashuunsukhait and 19.7 million
 * tonnes at Shiveekhuren": ports named for the parts of a whole are asides, and the next sentence goes on with the whole's area.
 */
function wholeOfPortParts(frame: RowFrame, rows: ObservationDraft[]): string {
  // "Grodekovo handled 11.4 million tonnes of the exports, Kamyshovaya 2.6 million tonnes and ...": ports named for the
  // parts of a whole the sentence before gave are asides the same way; the next sentence goes on with that whole's area.
  const whole = frame.memory.area;
  // "Of the coal, 29.8 million tonnes were exported through the Gashuunsukhait port": a sentence opening on the whole the
  // sentence before gave names one part at a port, an aside the same way.
  const part = rows.length >= 2 ? PARTS_OF_WHOLE_BEFORE.test(frame.s) : rows.length === 1 && PART_OPENING.test(frame.s);
  if (part && whole && !isFramePort(frame, whole) && rows.every((r) => isFramePort(frame, r.area))) return whole;
  if (rows.length < 2 || !OF_WHICH.test(frame.s)) return '';
  return !isFramePort(frame, rows[0].area) && rows.slice(1).every((r) => isFramePort(frame, r.area)) ? rows[0].area : '';
}

/** A port the sentence names as a place of its figures. (A module function: a closure made for each sentence cost 2% under tsx, which names every closure at each call.) */
const isFramePort = (frame: RowFrame, area: string): boolean => frame.framePlaces.some((p) => p.kind === 'port' && p.name === area);

// "Shenzhen, the province's largest foreign trade city, contributed 3.32 trillion yuan, ..., or 49.5 percent of the provincial
// total. Trade with countries participating in the Belt and Road Initiative grew ...": a city sized as a part of its province's
// total is a part; the sentence after goes back to the province.
// ("Zhengzhou contributed 606.9 billion yuan to the provincial total", "Xiamen's share in the whole province's trade", "made up
// 40% of the region's imports and exports": the whole may be the one the part goes to or is in, of the province or a region
// held as one, its trade named by any of its nouns; a153.)
const OF_PROVINCE_TOTAL = /\b(?:of|to|in|within)\s+the\s+(?:whole\s+|entire\s+)?(?:provincial|province['’]s|province-wide|regional|region['’]s|region-wide)\s+(?:overall\s+|combined\s+)?(?:total|(?:foreign\s+|external\s+)?trade|imports?\s+and\s+exports?|exports?|imports?|turnover)\b/i;

/** The province the release leads with, after a sentence that gives one of its cities as a part of the provincial total. */
function cityPartOfProvince({ s, sentenceArea, memory, framePlaces }: RowFrame): string {
  const province = memory.leadArea;
  if (!province || province !== memory.areaByKind.region || !(s.includes('rovinc') || s.includes('egion')) || !framePlaces.some((p) => p.kind === 'city' && p.name === sentenceArea)) return '';
  return OF_PROVINCE_TOTAL.test(s) ? province : '';
}

const AIRPORT_NAME = /\sAirport$/;
const CUSTOMS_OFFICE_AFTER = /^\s+Customs\b/;

// ("..., the Chita customs office of the Siberian Customs Administration told TASS": an office named in lower case, read as
// its town's port, the same way.)
const CUSTOMS_OFFICE_NAMED = /\scustoms\s+office$/;

/** "the Aidian port ... cleared goods worth ..., Pingxiang Customs said": the customs office citing another port is no port "the port" points back to. */
function citingCustomsOffice(frame: RowFrame, p: PlaceMention): boolean {
  const office = CUSTOMS_OFFICE_AFTER.test(frame.s.slice(p.end, p.end + 10)) || CUSTOMS_OFFICE_NAMED.test(frame.s.slice(p.start, p.end));
  return p.kind === 'port' && office && frame.framePlaces.some((q) => q.kind === 'port' && q.name !== p.name);
}
// "The Ganyu port area added 21.5 million tonnes": a port area is a part of the port, not what "the port" points back to.
const PORT_AREA = /\bport\s+area\b/i;
const portAreaOf = (frame: RowFrame, p: PlaceMention) => p.kind === 'port' && frame.s.slice(p.start, p.end + 6).toLowerCase().includes('area') && PORT_AREA.test(frame.s.slice(p.start, p.end + 6));
// "Within the zone, the Qinzhou Comprehensive Bonded Zone handled ...": a zone named as a part of the zone the release is on.
const PART_OF_ZONE_BEFORE = /\b(?:within|inside|in)\s+the\s+(?:[\w-]+\s+)?(?:zone|FTZ)\s*,?\s+(?:the\s+)?$/i;
const partOfZone = (frame: RowFrame, p: PlaceMention) => p.kind === 'zone' && frame.memory.areaByKind.zone !== undefined && PART_OF_ZONE_BEFORE.test(frame.s.slice(Math.max(0, p.start - 40), p.start));
/** Whether "the <kind>" may later point back to a place the sentence named (airports, customs offices citing other ports, port areas, a zone's parts and groups of provinces may not). */
const pointedBackTo = (frame: RowFrame, p: PlaceMention) =>
  !(p.name.endsWith('Airport') && AIRPORT_NAME.test(p.name)) && !citingCustomsOffice(frame, p) && !portAreaOf(frame, p) && !partOfZone(frame, p) && !(isDomesticAggregate(p.name) && frame.memory.areaByKind.region);
// (a251) "Cargo through the Jiegao and Ruili checkpoints totalled X. ... In June, the port's trade was Y": "the port" in the
// singular points back to one port, not to ports named together, so a joint area leaves the port named before in force.
const jointPortsOverSingle = (memory: ReleaseMemory, p: PlaceMention): boolean => p.kind === 'port' && p.name.endsWith(' ports') && memory.areaByKind.port !== undefined;
const CITY_LAND_PORT_AFTER = /^\s+(?:international\s+)?(?:land|inland|railway|dry)\s+port\b(?!\s+area)/;
const LOWER_KIND_WORD = /\s(dry|railway|land|highway|road|river)\s+port$/;

/**
 * "A delegation from Almaty visited the port last week.", "Japan's finance ministry will publish its data next week." in a
 * release on Xinjiang or Korea: a sentence with no row of its own that names a place of another country than the release's
 * mentions it in passing; it is neither the area nor the place "the city" or "the country" points back to for the figures
 * after it (a partner stays a partner: partners are remembered apart). Before the first figure too: a line opening the
 * release with no figure ("The cargo was bound for Hamburg.") is no headline naming whose figures follow, as the release's
 * country is decided from the whole text.
 */
function withoutPassingPlaces(frame: RowFrame, rows: ObservationDraft[]): RowFrame {
  const { memory, framePlaces } = frame;
  // Before the first figure the release's country must be its own for sure: a headline naming the only town of a release
  // whose country came from a border port it names ("... bound for Malaszewicze in Poland") is the release's subject.
  if (rows.length || !memory.country || !framePlaces.length || (memory.leadPeriod === undefined && !memory.countryFirm)) return frame;
  const kept = framePlaces.filter((p) => !passingForeignPlace(frame, p) && !placeOfATrip(frame, p));
  return kept.length === framePlaces.length ? frame : { ...frame, framePlaces: kept };
}

// "Chilean customs data tell a similar story.": a country named as the source of data to come in the release is its next
// figures' area, not a place in passing (an agency only announcing data for later, "will publish", is: reporters.ts).
const OWN_SOURCE_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:ministry|secretariat|department|bureau|office|agency|customs|statistics|administration|data|figures)\b/i;

/** A place another country than the release's holds (a country, or a town or region the lexicon knows the country of), not named as a source. */
function passingForeignPlace({ s, memory }: RowFrame, p: PlaceMention): boolean {
  const country = countryOfPlace(p);
  if (country === null || country === memory.country) return false;
  return !OWN_SOURCE_AFTER.test(s.slice(p.end, p.end + 50)) || announcesLaterData(s, p.start);
}

// "The shipment left Chongqing for Budapest on Monday.", "A delegation from Urumqi toured the port.": a place a shipment or a
// visitor left, went to or came from, in a sentence with no row and no word of trade, is where someone travelled. (A
// service "from Yiwu" heading a table is the hub's own: a bare "from" is not enough.)
const TRIP_BEFORE = /\b(?:left|leaving|departed|departing|set\s+off\s+from|bound\s+for|head(?:ed|ing)\s+(?:for|to)|arrived\s+in|visit(?:ed|ing)|toured|(?:delegation|delegates|officials|visitors|buyers|traders|guests)\s+from)\s+(?:the\s+)?$/i;

// (a243) "A late Spring Festival kept many factories in Qinzhou and Yulin shut", "Workers in Dongguan returned late", "Power
// cuts idled plants based in Liuzhou": a place that only says where works or people are, in such a sentence, is scenery of
// the cause told, as a trip's end is; the figures after it stay the release's. (Each town of a list after "in" alike.)
const WORKS_IN_BEFORE = /\b(?:factories|plants|mills|workshops|firms|companies|businesses|enterprises|makers|manufacturers|producers|workers|farmers|growers|shops|stores|warehouses|mines|ports|terminals)\s+(?:(?:based|located|operating)\s+)?in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*)?(?:,\s|,?\sand\s)){0,3}$/i;

/** A place of the release's own country that a sentence with no row and no flow word names as a trip's end or a visitor's home. */
function placeOfATrip({ s, cues }: RowFrame, p: PlaceMention): boolean {
  return cues.length === 0 && p.start > 0 && (TRIP_BEFORE.test(s.slice(Math.max(0, p.start - 24), p.start)) || WORKS_IN_BEFORE.test(s.slice(Math.max(0, p.start - 90), p.start)));
}

// "Zhejiang kept its place as the third-largest trading province", "the province ranked third nationwide", "Zhejiang remains
// the No. 3 exporter", "Guangdong stayed in first place": words that rank a place among others, or give its standing.
const RANKING = String.raw`\b(?:rank(?:s|ed|ing)?|(?:top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|its|the)\s+(?:place|position|spot)|(?:largest|biggest|leading|No\.\s?\d{1,2})\s+(?:[\w-]+\s+){0,3}?(?:provinces?|cities|city|regions?|ports?|municipalit(?:y|ies)|exporters?|importers?|traders?|economy|economies|hubs?))\b`;
const RANKING_WORDS = ['rank', 'place', 'position', 'spot', 'largest', 'biggest', 'leading', 'no.'];
// "the city made up about a quarter of Zhejiang's trade", "24.6 percent of Zhejiang's total": the release's subject sized as a
// part of a named place's whole.
const PART_OF_NAMED_WHOLE = String.raw`\b(?:share|half|thirds?|quarters?|fourths?|fifths?|tenths?|percent|per\s?cent|%)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s?\s`;
// (a232) "Youyiguan, the main road port, handled the largest part of it.", "Most of it went through Youyiguan", "The bulk of the
// cargo crossed at Manzhouli", "Horgos took the lion's share": a place given an unsized part of the whole just reported, with no
// figure, is where that part went; the whole's figures after it stay the lead's.
const PART_OF_IT = String.raw`\b(?:(?:the\s+)?(?:largest|biggest|greater|greatest|major|lion['’]s)\s+(?:part|share|portion)|(?:the\s+)?(?:bulk|majority)|most)\s+of\s+(?:it|this|that|them|the\s+(?:total|volume|trade|cargo|goods|freight|traffic|shipments))\b`;
// Nor is that place what "the port" or "the city" points back to after it ("when the port's fruit trade fell").
const PART_OF_IT_RE = new RegExp(PART_OF_IT, 'i');
const PART_OF_IT_WORDS = keywords(['part', 'share', 'portion', 'bulk', 'majority', 'most'], PART_OF_IT_RE);
const STANDING = new RegExp(`${RANKING}|${PART_OF_NAMED_WHOLE}`, 'i');
const STANDING_WORDS = keywords([...RANKING_WORDS, 'share', 'half', 'third', 'quarter', 'fourth', 'fifth', 'tenth', 'cent', '%'], STANDING);

/** A sentence with no row that only ranks a place or sizes the lead as a part of another's whole (the lead stays the area). */
function standingAside(frame: RowFrame, rows: ObservationDraft[]): boolean {
  const { s, memory } = frame;
  return rows.length === 0 && memory.area !== '' && memory.area === memory.leadArea && ((mentions(s, STANDING_WORDS) && STANDING.test(s)) || partOfLeadAside(frame, rows));
}

// (a232) "Shenzhen alone accounted for 634.5 billion yuan", "Of that, Suzhou by itself contributed ...", "Exports from Yiwu alone
// reached ...", "Ningbo on its own handled ...": a place narrowed by "alone" is a part of the whole in force, whose own figures stop
// with its sentence; the next sentence naming no place ("Trade with Hong Kong fell 6.2 percent") goes back to the whole the
// release is on (its lead), past a group of cities named in between ("the Greater Bay Area's nine cities generated ...").
// (a242: "itself" bare, and plural owners: "Declarations lodged with Urumqi Customs itself covered 38,700 of the vehicles",
// "Guangzhou itself took", "the two ports by themselves handled", "Xiamen and Quanzhou on their own".)
// A bare "itself" narrows only a place the goods went through or were declared with ("lodged with Urumqi Customs itself
// covered"): "Xiamen itself recorded ..." and "For the city of Erenhot itself, ..." set a city apart from its district or port,
// and the next sentences go on with it ("Its exports reached", "the city's total").
const ALONE_AFTER = /^\s+(?:alone|by\s+itself|(?:by\s+)?themselves|on\s+(?:its|their)\s+own)\b/i;
const ITSELF_AFTER = /^\s+itself\b(?!\s*,)/i;
const ROUTE_WORD_BEFORE = /\b(?:with|through|via|by|at)\s+(?:the\s+)?$/i;

/** Whether the sentence's last area `lastArea` is a place narrowed by "alone" inside the release's lead area. */
function narrowedAlone({ s, memory, framePlaces }: RowFrame, lastArea: string): boolean {
  if (!memory.area || !memory.leadArea || memory.leadArea === lastArea) return false;
  return framePlaces.some((p) => p.name === lastArea && (ALONE_AFTER.test(s.slice(p.end, p.end + 16)) || (ITSELF_AFTER.test(s.slice(p.end, p.end + 10)) && ROUTE_WORD_BEFORE.test(s.slice(Math.max(0, p.start - 14), p.start)))));
}

/** A sentence with no row that gives a place an unsized part of the lead's whole (PART_OF_IT). */
function partOfLeadAside({ s, memory }: RowFrame, rows: ObservationDraft[]): boolean {
  return rows.length === 0 && memory.area !== '' && memory.area === memory.leadArea && mentions(s, PART_OF_IT_WORDS) && PART_OF_IT_RE.test(s);
}

// "The war in Ukraine and the sanctions against Russia weighed on the port", "Weaker demand in Europe led carriers to cancel
// sailings", "Exporters in Brazil shipped more soybeans": a country a port's story names in a sentence with no figure is the
// port's backdrop or market, not a new subject: the port's figures after it stay the port's.
function countryAsideOfPort({ memory, framePlaces }: RowFrame, rows: ObservationDraft[], lastArea: string): boolean {
  return rows.length === 0 && isPortArea(memory) && framePlaces.some((p) => p.name === lastArea && (p.kind === 'country' || p.kind === 'group'));
}

// "Imports rose 3.0 percent; Zhejiang held on to third place nationally", ", and Zhejiang stayed the third-largest trading
// province": a place whose own clause (after it, up to the next stop) only ranks it, with no figure, is no subject of a
// figure in another clause, nor of the sentences after it.
const RANKED_CLAUSE_AFTER = new RegExp(`^(?:['’]s?)?[^.;:\\d]{0,80}?${RANKING}[^.;\\d]{0,80}(?:[.;:]|$)`, 'i');
const RANKED_CLAUSE_WORDS = keywords(RANKING_WORDS, RANKED_CLAUSE_AFTER);

/** Whether the place `p` of sentence `s` is the subject of a clause that only ranks it. */
const rankedInPassing = (s: string, p: PlaceMention): boolean => mentions(s, RANKED_CLAUSE_WORDS, p.end, p.end + 400) && RANKED_CLAUSE_AFTER.test(s.slice(p.end, p.end + 400));

// "Vehicle exports extend run, Chongqing ships record volumes", "Coal imports climb; Tianjin port busiest since 2019", "Chip
// sales hit new high, Penang leads the gains": a headline of two clauses whose first names no place speaks of the whole
// (the country) first, and its place belongs to the second clause's news only; the body's first figure naming no place is not
// that place's. ("Exports rise 5%, Guangxi customs says": a clause that only reports keeps its place as the source's.)
const HEAD_CLAUSE_BREAK = /[,;]\s/;
// A headline: a line of its own, no dateline's dash and no closing stop.
const HEADLINE_LINE = /^[^\n]{12,140}$/;
const isHeadlineLine = (s: string): boolean => HEADLINE_LINE.test(s) && !/[.!?]\s*$/.test(s) && !/\s[-–—]{1,2}\s/.test(s);
const REPORTING_CLAUSE = /\b(?:says?|said|reports?|reported|shows?|showed|data|customs|figures|statistics|according)\b/i;

/** Whether the figureless headline names its places only in a later clause of its own, after a first clause with none. */
function placeOfSecondHeadClause({ s, sentence, memory, framePlaces }: RowFrame, rows: ObservationDraft[]): boolean {
  if (rows.length || sentence.paragraph !== 0 || memory.area || !framePlaces.length || !isHeadlineLine(s)) return false;
  const brk = HEAD_CLAUSE_BREAK.exec(s);
  if (!brk || framePlaces[0].start < brk.index) return false;
  return !REPORTING_CLAUSE.test(s.slice(brk.index));
}

/**
 * "KUNMING -- The gross regional product of southwest China's Yunnan Province reached ..." then "In foreign trade, the province
 * realized ...": a review that opens on the economy at large (figures that are not trade, before any trade figure) names the
 * province or city it reviews; "the province", "the city", "the whole region" in the trade figures after it point to that place,
 * though the opening sentence itself is scenery whose places are not carried as the area in force.
 */
export function rememberReviewedPlaces({ memory, framePlaces }: RowFrame): void {
  if (memory.leadArea !== undefined) return;
  for (const p of framePlaces) if ((p.kind === 'region' || p.kind === 'city') && p.role !== 'partner') (memory.reviewPlaces ??= {})[p.kind] ??= p.name;
}

/** The area, the places by kind, the partner and bloc the next sentences may point back to; the lead area. */
export function rememberPlaces(frame0: RowFrame, rows: ObservationDraft[]): void {
  const frame = withoutPassingPlaces(frame0, rows);
  const { memory, sentence, framePlaces, partnerPlaces } = frame;
  // (The far end of a link in a relative clause, "which link inland cities with Qinzhou Port", is not carried on either; a111.)
  const farEnds = rows.length ? farEndsOfLinks(frame.s, frame.s.length) : [];
  // (Nor the far ends or transit lands of a haul of trains in a release on the terminal that reports.)
  const haulKept = withoutFarEndsOfHaul(frame, framePlaces);
  // ("Mobile phones, which are mostly assembled in the Zhengzhou Airport Economy Zone, remain the province's largest export item."
  // with no figure: a place in an aside of what goods mostly are or where they are made, or placing a city, is no area of the
  // figures after the aside (descriptiveAsides), nor of the sentences after it; a235.)
  const described = rows.length ? [] : descriptiveAsides(frame.s);
  const lastArea = wholeOfPortParts(frame, rows) || cityPartOfProvince(frame) || frame.sentenceArea || ownTradeSubject(frame, rows) || haulKept.findLast((p) => (!rows.length || !rankedInPassing(frame.s, p)) && !farEnds.some(([a, b]) => p.start >= a && p.end <= b) && !described.some(([a, b]) => p.start >= a && p.end <= b))?.name || '';
  // An airport ranks like a zone but is not what "the zone" points back to ("through the zone" after a
  // sentence on the airport of an airport economy zone is the zone's).
  // "The nine Pearl River Delta cities together traded ..." in Guangdong's release: a group of provinces or cities is no
  // province "the province" points back to once one was named. A port area is no port "the port" points back to.
  const partAside = partOfLeadAside(frame, rows);
  for (const p of haulKept) if (pointedBackTo(frame, p) && !partAside && !jointPortsOverSingle(memory, p)) memory.areaByKind[p.kind] = p.name;
  if (framePlaces.some((p) => p.kind === 'port' && pointedBackTo(frame, p))) memory.portParagraph = sentence.paragraph;
  // "The Vientiane South Station, the main freight terminal of the Laos-China Railway, ...": a railway named only to place
  // another is still the one "the whole railway" later means.
  const railway = frame.places.findLast((p) => p.kind === 'zone' && p.role === 'locator' && p.name.endsWith(' Railway'));
  if (railway && !memory.areaByKind.zone) memory.areaByKind.zone = railway.name;
  for (const p of framePlaces) if (portAreaOf(frame, p)) (memory.portAreas ??= new Set()).add(p.name);
  const ftz = frame.places.findLast((p) => p.kind === 'zone' && p.name.endsWith(' FTZ'));
  if (ftz) memory.ftzNamed = ftz.name;
  const corridor = frame.places.findLast((p) => p.kind === 'zone' && CORRIDOR_NAME.test(p.name));
  if (corridor) memory.corridorNamed = corridor.name;
  // "The Urumqi international land port in northwest China's Xinjiang dispatched ...": a city's (or prefecture's) land port,
  // read as the city (batch 22), is what "the port" later points back to, over a port a headline called "Urumqi land port".
  for (const p of framePlaces) if ((p.kind === 'city' || p.kind === 'region') && CITY_LAND_PORT_AFTER.test(frame.s.slice(p.end, p.end + 40))) memory.areaByKind.port = p.name;
  // The ports of a joint list ("Laoyemiao, Takeshiken and Wulastai, the region's three land ports,") are named too: each
  // may come back by its bare name, and the list as "the three ports".
  // (a250: so are the ports of a customs district named in an apposition, "the ports it oversees, Hunchun highway port and
  // Quanhe port facing North Korea,": "via Quanhe" later is that port.)
  const districtParts = districtPortsAppositions(frame.s);
  const ofDistrict = (p: PlaceMention) => districtParts.some(([a, b]) => p.start >= a && p.end <= b);
  for (const p of frame.places) if (p.kind === 'port' && p.role === 'area' && (p.inList || framePlaces.includes(p) || ofDistrict(p))) (memory.portsNamed ??= []).push(p.name);
  // "the Hunchun highway port": its kind word in lower case, which "the highway port" later points back with.
  for (const p of framePlaces) {
    const kind = p.kind === 'port' ? LOWER_KIND_WORD.exec(frame.s.slice(p.start, p.end)) : null;
    if (kind) (memory.portKinds ??= {})[kind[1]] = p.name;
  }
  // ("opposite Amurzet in Russia's Jewish Autonomous Region": a region of another country is no province "the province" means.)
  const locator = frame.places.findLast((p) => p.role === 'locator' && p.kind === 'region' && !ofAnotherCountry(frame, p));
  if (locator) memory.locatedIn = locator.name;
  if (framePlaces.some((p) => p.kind === 'city')) memory.cityParagraph = sentence.paragraph;
  if (lastArea && !standingAside(frame, rows) && !placeOfSecondHeadClause(frame, rows) && !countryAsideOfPort(frame, rows, lastArea)) memory.area = narrowedAlone(frame, lastArea) ? memory.leadArea! : lastArea;
  memory.trainsArea ??= rows.find((r) => r.unit === 'trains')?.area;
  memory.trainsFlow ??= rows.find((r) => r.unit === 'trains')?.flow;
  // ("supplies from Russia to China" in a release on China's count: the place the sentence's figures belong to is no partner
  // a later "mutual trade" or "bilateral trade" is with.)
  const lastPartner = partnerPlaces.findLast((p) => !rows.some((r) => r.area === p.name));
  if (lastPartner) memory.partner = lastPartner.name;
  if (lastPartner || (memory.partner && mentions(frame.s, BILATERAL_WORDS) && BILATERAL.test(frame.s))) memory.pairParagraph = sentence.paragraph;
  if (!memory.mutualPartner && partnerPlaces.length && mentions(frame.s, MUTUAL_TRADE_WORDS) && MUTUAL_TRADE.test(frame.s)) memory.mutualPartner = partnerPlaces[0].name;
  const lastGroup = partnerPlaces.findLast((p) => p.kind === 'group');
  if (lastGroup) memory.groupPartner = lastGroup.name;
  // "Sea-rail trains carry over 1 million TEUs" as the headline: a first paragraph naming no place leaves the
  // lead to the first sentence that names one (the headline's area was only the release's default).
  const placeless = sentence.paragraph === 0 && !frame.sentenceArea && !framePlaces.length;
  if (memory.leadRouted && rows.length && sentence.paragraph > 0) headlineRouteWeighed(memory, rows[0].area);
  if (memory.leadFromHeadline && rows.length && sentence.paragraph > 0) headlineZoneWeighed(memory, rows[0].area, framePlaces, sentence.paragraph);
  if (memory.leadArea === undefined && rows.length && !placeless) {
    memory.leadArea = rows[0].area;
    memory.leadParagraph = sentence.paragraph;
    memory.leadRouted = sentence.paragraph === 0 && framePlaces.some((p) => p.kind === 'port' && p.name === rows[0].area && ROUTED_BEFORE.test(frame.s.slice(Math.max(0, p.start - 20), p.start)));
    if (framePlaces.some((p) => p.kind === 'city' && p.name === rows[0].area) || memory.areaByKind.city === rows[0].area) memory.leadCity = rows[0].area;
    if (memory.areaByKind.zone === rows[0].area) memory.leadZone = rows[0].area;
    memory.leadFromHeadline = sentence.paragraph === 0;
  }
  if (memory.leadArea !== undefined && rows.some((r) => r.area === memory.leadArea)) memory.leadAreaParagraph = sentence.paragraph;
}

/**
 * "Kashgar bonded zone's trade up 27.6% in eight months" over a body whose first figure is the Kashgar Comprehensive Bonded
 * Zone's: a headline that calls a zone by the place it lies in is on the zone, which the body names in full; the zone is the
 * lead later paragraphs go back to, not the place. So for a port: "Yingkou's China-Europe trains up 18.2 pct" over a body
 * opening "Yingkou Port ... has run 312 trains" is on the port. So is a headline that calls the zone or port by the province the
 * body places it in ("Eastern Guangdong trade up 9.7%" over "Shantou Customs, whose district takes in four cities in eastern
 * Guangdong, ...": the province locates the district, it is not the lead).
 */
function headlineZoneWeighed(memory: ReleaseMemory, bodyArea: string, framePlaces: PlaceMention[], paragraph: number): void {
  memory.leadFromHeadline = false;
  const lead = memory.leadArea;
  const named = framePlaces.find((p) => (p.kind === 'zone' || p.kind === 'port') && p.name === bodyArea);
  if (!lead || !(bodyArea.startsWith(`${lead} `) || memory.locatedIn === lead) || !named) return;
  memory.leadArea = bodyArea;
  if (named.kind === 'zone') memory.leadZone = bodyArea;
  memory.leadParagraph = paragraph;
  if (memory.leadCity === lead) memory.leadCity = undefined;
}

const ROUTED_BEFORE = /\b(?:via|through)\s+(?:the\s+)?$/i;

/**
 * "Coal exports via Gashuunsukhait reach 31 million tonnes" over a body whose first figures are Mongolia's own trade: the
 * port a headline routes goods through is one part of the story, and the body's country is the lead later paragraphs go
 * back to (a body opening with the port keeps it).
 */
function headlineRouteWeighed(memory: ReleaseMemory, bodyArea: string): void {
  memory.leadRouted = false;
  if (bodyArea === memory.country) memory.leadArea = bodyArea;
}
