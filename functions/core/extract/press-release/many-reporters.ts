/**
 * Reports of bodies that gather the trade of many reporters (issue 9, batch b282): the WTO's annual review, UNCTAD's nowcast,
 * ECLAC's outlook, the IMF's Direction of Trade Statistics, UN Comtrade, ASEANstats, Afreximbank's report, the OECD's or
 * APEC's trade releases. Such a report has no country of its own: each country it quotes is the area of its own figures,
 * the subject of its sentence ("Germany, third among exporters, saw sales abroad slip 1.2 percent", "The United States
 * remained the biggest buyer, with imports of ..."), not a partner of one reporter chosen by how often it is named.
 */
import { isGroupName, type PlaceMention } from './geography.js';
import { inLead } from './reporters.js';

// The bodies by their full names and their acronyms: world and regional organisations, their statistics units and databases.
const MANY_REPORTER_BODY = /\b(?:World\s+Trade\s+Organi[sz]ation|WTO|UNCTAD|UN\s+Trade\s+and\s+Development|United\s+Nations\s+Conference\s+on\s+Trade\s+and\s+Development|ECLAC|CEPAL|ESCAP|ESCWA|(?:UN\s+|United\s+Nations\s+)?Economic\s+(?:and\s+Social\s+)?Commission\s+for\s+(?:Latin\s+America|Africa|Europe|Asia|Western\s+Asia)|International\s+Monetary\s+Fund|IMF|Direction\s+of\s+Trade\s+Statistics|(?:UN\s+)?Comtrade|OECD|Organi[sz]ation\s+for\s+Economic\s+Co-?operation\s+and\s+Development|APEC|Asia-Pacific\s+Economic\s+Cooperation|ASEANstats|ASEAN\s+Secretariat|Afreximbank|African\s+Export-Import\s+Bank|International\s+Trade\s+Cent(?:re|er)|Eurasian\s+Economic\s+Commission|World\s+Bank|Asian\s+Development\s+Bank|Inter-American\s+Development\s+Bank)\b/g;
// Every name above has one of these (as written): a text with none is not searched.
const BODY_WORDS = /WTO|UNCTAD|Trade|ECLAC|CEPAL|ESC|Commission|Fund|IMF|Comtrade|OECD|Organi|APEC|Pacific|ASEAN|Afreximbank|Bank|Cent/;

/**
 * True when the release's head (its headline, lead and the paragraph after) names a body that gathers many reporters' trade
 * before any national agency speaking for the lead (at `ownAgencyAt`): the release reports for none of them. A national
 * agency named first makes the report that country's, quoting the body in passing ("the WTO said world trade ..." in a
 * customs release).
 */
export function reportsManyReporters(text: string, ownAgencyAt: number): boolean {
  const head = text.slice(0, 3000);
  if (ownAgencyAt === Infinity && onRegionsTrade(head)) return true;
  if (ownAgencyAt === 0 || !BODY_WORDS.test(head)) return false;
  MANY_REPORTER_BODY.lastIndex = 0;
  const m = MANY_REPORTER_BODY.exec(head);
  return m !== null && m.index < ownAgencyAt && inLead(text, m.index);
}

// "Trade in Asia: Monitoring note", "Merchandise trade across Africa slows", "Goods trade in Latin America and the Caribbean":
// a headline on the trade in a continent or a world region, the lead naming the region again ("Merchandise trade in Asia held
// up ..."), heads a report on the region's many reporters, as a body's note does; each country it quotes reports its own
// figures. (Only a release naming no agency of its own: a customs office's "trade with Africa" is that office's country's.)
const REGION_NAME = String.raw`(?:Asia(?:-Pacific)?|Africa|Europe|Latin\s+America(?:\s+and\s+the\s+Caribbean)?|the\s+Americas|the\s+Middle\s+East|(?:South|Southeast|East|Central|West)\s+Asia|Oceania)`;
const REGION_TRADE_HEADLINE = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:trade|exports|imports)\s+(?:in|across|throughout)\s+(${REGION_NAME})\b`, 'i');

/** True when the headline (the first line of `head`) is on the trade in a region that the lead (the next lines) names again. */
function onRegionsTrade(head: string): boolean {
  const lines = head.split('\n').filter((l) => l.trim());
  const m = lines.length > 1 ? REGION_TRADE_HEADLINE.exec(lines[0]) : null;
  return m !== null && lines.slice(1, 3).some((l) => new RegExp(String.raw`\b(?:in|across|throughout)\s+${m[1].replace(/\s+/g, '\\s+')}\b`, 'i').test(l));
}

// "World exports of all forms of coffee amounted to 12.14 million bags in March", "Global shipments of cocoa beans fell 6
// percent to ...", "Worldwide trade in rough diamonds was worth ...": a sentence that opens on the world's trade as its subject
// and gives it a figure makes the release a report on many reporters (a commodity body's market report, a trade body's review),
// when no agency of a country speaks for it. A country named in passing ("as harvesting began in parts of Brazil") owns none
// of its figures. Not the world as a possessive epithet ("The world's top exporter, Brazil, shipped ...") nor a share of it.
const OPENS_ON_WORLD_TRADE = /^(?:World|Global|Worldwide)\s+(?:[\w-]+\s+){0,3}?(?:trade|exports|imports|shipments|sales)\b[^.;%]{0,120}?\d/;

const TRADE_NOUN = /\b(?:trade|exports?|imports?|shipments|sales)\b/i;

/** True when the first sentence of the release's head (its first `headChars` characters) that speaks of trade with a figure opens on the world's trade. */
export function opensOnWorldTrade(sentences: readonly { norm: string; start: number }[], headChars: number): boolean {
  const first = sentences.find((s) => s.start < headChars && TRADE_NOUN.test(s.norm) && /\d/.test(s.norm));
  return first !== undefined && OPENS_ON_WORLD_TRADE.test(first.norm);
}

// The subject of a figure that is a whole of many reporters, in the figure's clause before it: the world's trade ("world
// merchandise trade", "Worldwide services exports", "global goods trade", "World tea exports"), a region's or continent's
// ("the region's exports", "the continent's share", "exports within the region", "Intraregional trade", "Intra-ASEAN trade"),
// trade among a group's members ("trade among African countries", "trade between developing economies", "South-South
// trade", "the ten ASEAN Member States"). Not an epithet of one country ("the world's top exporter", "the world's
// second-largest buyer") nor the whole of a share ("14.6 percent of world exports" names the whole after the figure).
const AGGREGATE_SUBJECT = /\b(?:(?:world|global)(?!['’]s\s+(?:[\w-]+\s+)?(?:largest|biggest|top|leading|main|major|chief|No\.|number|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)|worldwide|the\s+(?:region|continent|bloc)['’]s|(?:within|across)\s+the\s+(?:region|continent|bloc)|intra-?regional|intra-[A-Z][\w-]*|South-South|North-South|(?:among|between|within|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:countries|economies|members|member\s+states|nations|blocs|groupings|regions|continents)|member\s+states)\b/i;
const AGGREGATE_WORDS = /world|global|region|continent|bloc|intra|South|North|among|between|within|across|member/i;
// A region's whole by an adjective of the region before a trade noun ("regional exports fell", "Continental imports rose",
// "region-wide merchandise trade", "bloc-wide sales abroad"); not after a possessive ("China's regional trade").
const REGION_ADJECTIVE_TRADE = /(?<!['’]s\s)\b(?:regional|continental|region-wide|bloc-wide|continent-wide)\s+(?:(?:goods|merchandise|services|commodity|farm|total)\s+)?(?:trade|exports?|imports?|shipments|sales|purchases)\b/i;
// The body's own measure of many reporters' trade: "The organisation's trade volume index stood", "the Fund's world trade
// indicator", "UNCTAD's nowcast", "the agency's goods barometer reading", "the WTO's Goods Trade Barometer" (the body's
// possessive, then up to four words, then the measure's noun); not a country's own index ("Japan's export volume index").
const BODY_MEASURE = /\b(?:[Oo]rgani[sz]ation|[Bb]ody|[Aa]gency|[Ii]nstitution|Fund|[Cc]ommission|[Ss]ecretariat|WTO|UNCTAD|IMF|OECD|ECLAC|CEPAL|ESCAP|ESCWA|APEC|ASEAN|Afreximbank|Comtrade)['’]s\s+(?:[\w-]+\s+){0,4}?(?:[Ii]ndex|[Ii]ndices|[Ii]ndicators?|[Bb]arometers?|[Gg]auges?|[Nn]owcasts?|[Tt]rackers?)\b/;
const MEASURE_WORDS = /ind|barometer|gauge|nowcast|tracker/i;
// A forum of many economies that is no place of its own, as the owner of a trade noun ("G20 services trade", "G7 goods
// exports", "the G-20's imports", "BRICS members' exports", "OECD-area merchandise trade", "Group of Seven imports").
const FORUM_TRADE = /\b(?:G-?(?:7|8|20)|BRICS\+?|OECD(?:-area)?|OPEC\+?|APEC|Group\s+of\s+(?:Seven|Eight|Twenty|7|8|20))(?:['’]s)?\s+(?:(?:goods|merchandise|services|total|overall|members['’]?|economies['’]?|countries['’]?)\s+){0,2}(?:trade|exports?|imports?|shipments|sales|purchases)\b/;
const FORUM_WORDS = /G-?\d|BRICS|OECD|OPEC|APEC|Group\s+of/;
// A share of a bloc's trade among its members ("made up 27.3 percent of mutual trade", "was 12% of intra-EU trade", "of the
// union's internal turnover"), in a sentence that names no country before the figure: a good's part of the bloc's whole. A
// sentence opening on a pronoun ("It was 40 percent of mutual trade") speaks of the area before, so it is kept.
const MEMBERS_TRADE_WHOLE = /\bof\s+(?:the\s+(?:bloc|union|community|region|grouping)['’]s\s+)?(?:mutual|internal|intra-?(?:regional|bloc|union|community|[A-Z][\w-]*))\s+(?:(?:goods|merchandise)\s+)?(?:trade|turnover|exports|imports|supplies|deliveries)\b/i;
const MEMBERS_WORDS = /mutual|internal|intra/i;
const PRONOUN_OPENING = /^\s*(?:It|This|That|These|Those|Its|Their|Together|Combined)\b/;
// "declined about 2 percent for the region as a whole": the whole named right after the figure.
const WHOLE_AFTER = /^[^.;,]{0,30}?\b(?:for|across)\s+the\s+(?:region|continent|bloc|world)\s+as\s+a\s+whole\b/i;

/**
 * True when a figure of a many-reporters report (at [`start`, `end`) of `s`, its clause opening at `clauseStart`) is a whole of
 * many reporters, no row: its area is a group (ASEAN's total, Africa's trade) or none, or its subject an aggregate. The
 * subject is looked for in the figure's clause when the sentence names the figure's country before it ("World trade grew 2
 * percent, while China's exports rose 5.9 percent" keeps China's), else from the sentence's start ("South-South trade, which
 * the agency counts as ..., grew about 6 percent"); a group named as an area before the figure ("exports from Latin America
 * and the Caribbean should expand ...") is such a subject too.
 */
export function aggregateOfReporters(s: string, places: PlaceMention[], clauseStart: number, start: number, end: number, area: string): boolean {
  if (area === '' || isGroupName(area)) return true;
  const ownerNamed = places.some((p) => p.name === area && p.end <= start);
  const before = s.slice(ownerNamed ? clauseStart : 0, start);
  if (AGGREGATE_WORDS.test(before) && (AGGREGATE_SUBJECT.test(before) || REGION_ADJECTIVE_TRADE.test(before))) return true;
  if (!ownerNamed && MEASURE_WORDS.test(before) && BODY_MEASURE.test(before)) return true;
  if (FORUM_WORDS.test(before) && FORUM_TRADE.test(before)) return true;
  if (!ownerNamed && sharesMembersTrade(s, before, end)) return true;
  if (!ownerNamed && places.some((p) => p.kind === 'group' && p.role === 'area' && p.end <= start)) return true;
  return WHOLE_AFTER.test(s.slice(end, end + 80));
}

/** True when a figure (ending at `end`, `before` the text before it from the sentence's start) is a share of a bloc's trade among its members. */
function sharesMembersTrade(s: string, before: string, end: number): boolean {
  const after = s.slice(end, end + 60);
  if (!MEMBERS_WORDS.test(before) && !MEMBERS_WORDS.test(after)) return false;
  if (PRONOUN_OPENING.test(before)) return false;
  return MEMBERS_TRADE_WHOLE.test(after) || MEMBERS_TRADE_WHOLE.test(before);
}
