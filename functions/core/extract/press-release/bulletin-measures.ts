/**
 * The measures of an economy a statistical bulletin or communique reports beside its foreign trade: the value added
 * of its industries, the foreign capital it drew, the energy it used, the incomes of its residents, the work of its
 * transport and the people who came to it. None of them is trade; a change told of them is no trade change.
 */
import type { Figure } from './quantities.js';
import { keywords, mentions } from './keywords.js';
import { clauseOf } from './clauses.js';

// The other bulletin families a157 found read as trade growth (a160), each with its synonyms and word orders:
// - homes sold: "sales of commercial housing", "the sales area of commercial housing", "floor space of new homes sold",
//   "residential property sales", "commercial buildings sold";
// - the post and telecoms: "the business volume of postal services", "postal business volume", "telecom business volume",
//   "telecommunications business", "post and telecommunications business";
// - parcels carried: "express deliveries", "express delivery business", "courier parcels", "parcel deliveries";
// - power plants: "installed power generation capacity", "the installed capacity of wind power", "generating capacity";
// - what firms earn: "total profits of industrial enterprises above designated size", "the profits of large companies".
const BULLETIN_SERVICE_MEASURE = String.raw`(?:sales|floor\s+(?:space|area))\s+(?:area\s+|volume\s+)?of\s+(?:(?:newly[- ]built|new|commercial|residential)\s+){0,2}(?:housing|houses|homes|flats|apartments|buildings|property|real\s+estate)|(?:(?:commercial|residential)\s+)?(?:housing|homes|flats|apartments|property|real\s+estate)\s+sales|(?:(?:commercial|residential)\s+)?(?:housing|houses|homes|flats|apartments|buildings)\s+sold|(?:business\s+volumes?\s+of\s+(?:the\s+)?(?:postal|post|telecom(?:munications?)?)|(?:postal|post|telecom(?:munications?)?)(?:\s+and\s+telecom(?:munications?)?)?\s+(?:(?:services?|industry)\s+)?business(?:\s+volumes?)?)|(?<!\b(?:railway|rail|train|land-sea|sea-rail|air|freight)\s)(?:express|courier|parcel)\s+(?:deliveries|delivery(?:\s+business)?|parcels|packages)|installed\s+(?:[\w-]+\s+){0,3}?capacity|(?:generating|generation)\s+capacity|profits?\s+of\s+(?:[\w-]+\s+){0,4}?(?:enterprises|firms|companies|industries|businesses)`;
const BULLETIN_SERVICE_WORDS = ['sales', 'floor', 'housing', 'homes', 'flats', 'apartments', 'property', 'real estate', 'sold', 'business', 'postal', 'telecom', 'express', 'courier', 'parcel', 'installed', 'capacity', 'profit'];

// Subject nouns (read by reported-figures.ts's NON_TRADE_SUBJECT, with no trade word between them and the figure):
// - value added in either order: "the added value of industrial enterprises", "industrial added value", "added-value";
// - foreign money put into the place: "the actual use of foreign capital", "utilized foreign capital", "foreign funds
//   actually used" (not a group of traders it names: "foreign capital enterprises", "the foreign funds sector", whose
//   exports are trade);
// - energy a place used or made: "the electricity consumption of the whole society", "power usage", "energy use",
//   "consumption of electricity", "electricity generated", "power generation";
// - what residents earn: "per capita disposable income", "the income of urban residents", "household income".
// The country's own activity that statistics offices' economy releases list beside foreign trade (a164):
// - trade within the country, by shops and wholesalers: "the volume of retail trade", "retail turnover", "wholesale and
//   retail trade", "catering turnover", "online retail sales" (not "cross-border online sales", which is trade), and what
//   shops and services take from consumers ("consumer service revenue", "revenue from consumer services");
// - building: "construction work", "the volume of construction works", "construction and installation work";
// - a sector named alone before its verb: "Manufacturing rose 5.1 percent", "mining grew", "Construction expanded";
// - travel within the country: "domestic air passengers", "domestic travellers", "domestic rail trips";
// - animals kept: "the number of livestock", "livestock numbers", "the livestock population".
// (The animals may be named by their kind (a175): "the number of cattle on farms", "numbers of sheep and goats", "the pig herd",
// "cattle numbers", "poultry stocks", "herds of cattle", "the count of horses".)
const ANIMAL = String.raw`(?:livestock|cattle|pigs?|hogs?|swine|sheep|goats?|poultry|horses|camels|sows)`;
const ANIMALS_KEPT = String.raw`(?:numbers?|count|census|headcount|population)\s+of\s+${ANIMAL}(?:\s+(?:and|or)\s+${ANIMAL})?|${ANIMAL}\s+(?:numbers|population|count|census|headcount|herds?|flocks?|stocks|inventor(?:y|ies))|(?:herds?|flocks?)\s+of\s+${ANIMAL}`;
const SECTOR_VERB = String.raw`(?:rose|grew|fell|increased|decreased|declined|dropped|expanded|contracted|gained|slowed|edged|picked|climbed|slipped)\b`;
const HOME_ACTIVITY = String.raw`(?:wholesale\s+(?:and|&)\s+)?retail\s+(?:trade|turnover)|wholesale\s+(?:trade|turnover)|catering\s+(?:turnover|revenues?|sales)|(?:consumer|consumption)\s+services?\s+revenues?|revenues?\s+(?:from|of)\s+consumer\s+services|(?<!cross-border\s)online\s+(?:retail\s+)?sales|construction(?:\s+and\s+installation)?\s+works?|(?:volume|value)\s+of\s+construction|(?:manufacturing|mining|construction|agriculture)(?:\s+(?:sector|industry|activity))?(?=\s+${SECTOR_VERB})|domestic\s+(?:air\s+|rail\s+|flight\s+)?(?:passengers|travell?ers|trips|journeys)|${ANIMALS_KEPT}`;
const HOME_ACTIVITY_WORDS = ['retail', 'wholesale', 'catering', 'online', 'consum', 'construction', 'manufacturing', 'mining', 'agriculture', 'domestic', 'livestock', 'cattle', 'pig', 'hog', 'swine', 'sheep', 'goat', 'poultry', 'horse', 'camel', 'sow', 'herd', 'flock'];

export const ECONOMY_MEASURE = String.raw`${BULLETIN_SERVICE_MEASURE}|${HOME_ACTIVITY}|added[- ]value|foreign\s+(?:capital|funds)(?!\s+(?:[\w-]+\s+)?(?:sectors?|enterprises|firms|companies|businesses|ventures))|(?:electricity|electric\s+power|power|energy)\s+(?:consumption|consumed|use|used|usage|generation|generated|demand)|consumption\s+of\s+(?:electricity|electric\s+power|power|energy)|(?:disposable|household|per[- ]capita)\s+incomes?|incomes?\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:residents|households|people|citizens|farmers|workers)`;
export const ECONOMY_MEASURE_WORDS = ['added', 'capital', 'funds', 'electric', 'power', 'energy', 'consumption', 'income', ...BULLETIN_SERVICE_WORDS, ...HOME_ACTIVITY_WORDS];

// The unit of an amount no trade is counted in: the work of transport ("538.7 billion tonne-kilometres", "48 bn ton-km", "320 billion t-km",
// "3.1 billion passenger-kilometers", "tkm") and people coming ("8.62 million overnight inbound tourists", "38.2 million
// tourist visits", "1.2 million person-times", "visitor arrivals", "passenger trips"), with a few words of kind between
// the number's scale and the unit, and the amount's own period after it ("in the quarter", "during the year").
const SCALE = String.raw`(?:(?:million|billion|trillion|thousand|hundred|mn|mln|bn|bln|m)\s+)?`;
const TRANSPORT_WORK = String.raw`(?:tonnes?|tons?|passengers?|persons?|passenger)[- ]?(?:kilomet(?:re|er)s?|km)|t-?km\b|pkm`;
const PEOPLE_COMING = String.raw`(?:(?:tourist|visitor|passenger|person)[- ](?:visits|trips|times|arrivals)|person-times|people|persons|visitors|tourists|travell?ers|passengers|visits|overnight\s+stays)`;
// (A plant's capacity in watts, "78.5 million kilowatts", "12 GW": no trade is counted in watts; power sold is in watt-hours.)
const CAPACITY_WATTS = String.raw`(?:kilo|mega|giga)watts\b(?![- ]hours?)|[kMG]W\b(?!h)`;
const UNCOUNTED_AMOUNT_END = new RegExp(String.raw`\d[\d.,]*\s*${SCALE}(?:[\w-]+\s+){0,3}?(?:${TRANSPORT_WORK}|${PEOPLE_COMING}|${CAPACITY_WATTS})(?:\s+(?:in|during|for|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s*$`, 'i');
const UNCOUNTED_AMOUNT_WORDS = keywords(['km', 'kilomet', 'tonne', 'ton', 'passenger', 'person', 'people', 'visit', 'touris', 'travel', 'stays', 'watts', 'kw', 'mw', 'gw'], UNCOUNTED_AMOUNT_END);

/**
 * True when the change at `f` opens its clause (the opening read by `opensWithChange`) right after an amount in a unit no
 * trade is counted in ("538.7 billion tonne-kilometres, up 4.3%", "21.6 million tourist visits, an increase of 14.7%"): that
 * amount is no figure of ours (`before`, the last level read as a trade figure, is not it), and the change is its own.
 */
export function trailsUncountedAmount(s: string, f: Figure, before: Figure | undefined, bounds: number[], opensWithChange: (clause: string) => boolean): boolean {
  const [lo] = clauseOf(bounds, f.start);
  if (lo <= 0 || !mentions(s, UNCOUNTED_AMOUNT_WORDS, lo - 90, lo) || !opensWithChange(s.slice(lo, f.start))) return false;
  const from = Math.max(0, lo - 90);
  const m = UNCOUNTED_AMOUNT_END.exec(s.slice(from, lo));
  return m !== null && !(before && before.end > from + m.index);
}

// "The value added of the primary industry grew by 4.0%, the secondary industry by 5.6% and the tertiary industry by 5.0%",
// "retail sales rose 4.2 percent in the cities and 3.1 percent in the countryside", "investment fell 9.2%; that in
// infrastructure, 3.0%": a later item of a list that leaves out the verb (and the head noun) of the first item, naming only
// its own part, is a change of the same measure. Between the two changes: a comma, "and" or a semicolon, a few words with
// no verb, and "by" or a comma before the number (the first change's own place or period may close its item).
const NOT_A_VERB = String.raw`(?!(?:was|were|is|are|rose|grew|fell|increased|decreased|declined|dropped|reached|stood|totall?ed|amounted|hit|climbed|jumped|gained|expanded|up|down|while|whereas|but)\b)`;
const GAPPED_ITEM = new RegExp(String.raw`^(?:\s+(?:in|at|for|during)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)?\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|and\s+)(?:(?:that|those)\s+(?:of|in|for)\s+)?(?:the\s+)?(?:${NOT_A_VERB}[\w'-]+\s+){0,4}?(?:by\s+|,\s*)?(?:(?:about|around|nearly|some|roughly|almost)\s+)?$`, 'i');

/**
 * True when the change at `f` is a later item of a list with its verb left out (GAPPED_ITEM), right after a change set
 * aside as no trade figure (ending at `setAsideEnd`), with no trade word (`tradeCueBetween`) in between: of the same measure.
 */
export function gappedAfterSetAside(s: string, f: Figure, setAsideEnd: number, tradeCueBetween: (from: number, to: number) => boolean): boolean {
  if (setAsideEnd < 0 || setAsideEnd > f.start || f.start - setAsideEnd > 60) return false;
  return GAPPED_ITEM.test(s.slice(setAsideEnd, f.start)) && !tradeCueBetween(setAsideEnd, f.start);
}
