/**
 * Growth rates whose verb is left out because the clause before already gave it ("Exports rose 13.8
 * percent to 228.9 billion yuan and imports 6.5 percent to 109.8 billion yuan"): the second flow's
 * percentage carries the same change as the first, and leads into its own level.
 */
import type { Figure } from './quantities.js';

// A new flow subject with no verb right before the percentage: "and imports", ", while imports", ", imports".
// "and imports of goods 4.1% to $4,046.4 billion": the flow's "of goods" stays with it.
const GAPPED_SUBJECT = /(?:\band|\bwhile|\bwhereas|,)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?:exports?|imports?|re-exports?|shipments)\s+(?:of\s+(?:goods|merchandise)\s+)?(?:by\s+)?$/i;
// "exports of ships jumped 41.6 percent to $6.3 billion and petroleum products 38.5 percent to $5.1 billion":
// goods named by a plural noun (lower case: not a partner) after "and"/"while" stand so too.
const GAPPED_GOODS_SUBJECT = /(?:\band|\bwhile|\bwhereas)\s+(?:[A-Za-z][\w'-]*\s+){0,2}?[a-z][\w'-]*[a-z]s\s+$/;
// "Shipments of pork rose 1.6 times to 118,000 tons, beef and by-products - by 32%, to 41,300 tons": in wording translated
// from Russian a dash after the next goods stands for the verb left out.
const DASHED_GOODS_SUBJECT = /,\s+(?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*\s+[-–—]\s+(?:by\s+)?$/;
// "and that with Latin America", "and trade with Central Asian countries": a new partner subject stands so too
// (the partner's name capitalised, so case matters here); "and that with the U.S.": a name written with points; "and
// imports from Russia by 9.8% to ...": the change's "by" may follow.
const GAPPED_PARTNER_SUBJECT = /(?:\band|\bwhile|\bwhereas|,)\s+(?:that|those|trade|[Ee]xports?|[Ii]mports?)\s+(?:with|to|from)\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\.(?:[A-Z]\.)+)?\s+|(?:and|countries|nations|members|economies)\s+){1,5}(?:by\s+)?$/;
// "Mianyang's trade grew 23.5 percent to 10.2 billion yuan, Yibin's 41.3 percent to 6.9 billion yuan": a new place's
// possessive (capitalised, so case matters here) stands for its trade with the verb left out.
// "trade in Shantou grew 11.2% to 35.67 billion yuan, in Jieyang 8.8% to 21.14 billion yuan and in Chaozhou ...", "exports
// at Erenhot rose 6% to ... and at Manzhouli 4% to ...", "Shenzhen grew 5.9% to ..., Dongguan 3.1% to ...": the place's
// name with the preposition of the first clause, or the name alone, stands so too.
const GAPPED_PLACE_SUBJECT = /(?:\band|\bwhile|\bwhereas|,)\s+(?:(?:[A-Z][\w'-]*\s+){0,2}?[A-Z][\w-]*['’]s|(?:(?:in|at|for|from)\s+(?:the\s+)?)?(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*)\s+$/;
// "exports to the United States rose 22.4%, ...; to China, 1.9%; and to the EU (27), 10.8%": the next items of a list of
// destinations (or origins) set off by semicolons, each naming only its partner, a comma and its percentage.
const LISTED_PARTNER_ITEM = /;\s*(?:and\s+)?(?:to|from|with)\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|\(\d+\)|and|of)){0,4}\s*,\s*$/;
// The list's first item: a flow to or from a partner and its verb of change, in the clause before the first semicolon.
const LIST_LEAD = /\b(?:exports?|imports?|shipments|sales|purchases)\s+(?:to|from|with)\s/i;
// "Crude imports fell 5.5 percent by volume to 19.2 million tonnes and 14.1 percent by value to 86.7 billion yuan": the same
// subject measured another way, its verb left out after "and"; the percentage names its measure (or only its new level) and
// leads into that level.
// "Meat imports fell 3.2% to 540,000 tons in July and 8.1% to 3.7 million tons in January-July", "grew 15.6% to 62.69 million
// tons in 2023, and 12.0% to 5.7 million tons in December alone": the first level's own period may close its clause before "and".
// "decreased by 7.9% in TEU to 3.2 million TEU and by 8.4% in tonnage to 34.7 million tonnes": the change's "by" may be kept
// after "and", and the measure may be any unit the subject is counted or weighed in (tonnage, TEU, tonnes, units, boxes).
const SAME_SUBJECT_AND = /^\s*(?:(?:in|for|during|over)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s*)?,?\s*and\s+(?:by\s+)?$/;
// (a187: the measure may be set off by a comma before its level, "and by 9.8% in volume, to 13.5 million tonnes", "and by 8.8%
// in container terms, to 612,000 TEU", and named any way a measure is: "in terms of weight", "by number", "in dollar terms".)
// (a194: or set off by commas on both sides as a participle's phrase, "and by 6.1 percent, measured in tonnes, to 412,000
// tonnes", "and 4 percent, counted in units, to 38,000", "and by 2%, expressed in dollars, to $90 million".)
const MEASURE_THEN_LEVEL = /^\s*(?:,\s*(?=(?:measured|counted|reckoned|expressed|calculated|weighed)\s))?(?:(?:(?:measured|counted|reckoned|expressed|calculated|weighed)\s+)?(?:by|in)\s+(?:terms\s+of\s+)?(?:value|volume|weight|quantity|number|tonnage|TEUs?|tonnes|tons|units|boxes|containers|dollars|(?:[\w$-]+\s+)?terms)\s*,?\s+)?to\s+(?:(?:US|HK|NZ|[A-Z])?\$|[€¥£]|[A-Z]{3}\s?)?\d/i;
// The percentage leads into a level, as the first clause's did: "6.5 percent to 109.8 billion yuan".
const LEADS_INTO_LEVEL = /^\s*,?\s*(?:year[- ]on[- ]year\s+)?to\s+(?:(?:US|HK|NZ|[A-Z])?\$|[€¥£]|[A-Z]{3}\s?)?\d/;
// "while semiconductors declined 9.7 percent and LCD panels 16.3 percent.": or it closes the sentence.
const CLOSES_SENTENCE = /^\s*(?:[.;]|$)/;
// The left-out verb, in the clause before: its direction is the gapped percentage's.
const CHANGE_VERB = /\b(?:(rose|grew|increased|climbed|jumped|surged|gained|expanded|edged up|went up|were up|was up)|(fell|dropped|declined|decreased|slipped|slid|shrank|contracted|edged down|went down|were down|was down))\s+(?:by\s+)?(?:about\s+|nearly\s+|around\s+|some\s+|over\s+)?[\d.]+\s*(?:%|per\s?cent|pct|times|-?fold)/gi;
// A month-on-month basis named in the clause before is the gapped percentage's basis too.
const NOT_YOY_BASIS = /\b(?:month[- ]on[- ]month|m\/m|from the previous month|quarter[- ]on[- ]quarter|q\/q)\b/i;

/**
 * Reads a percentage with no cue of its own as a growth when a flow subject without a verb precedes it
 * and it leads into a level, taking the direction of the change verb of the clause before; null otherwise.
 */
export function gappedGrowth(s: string, f: Figure, windowStart: number): { role: 'growth'; direction: number; yoy: boolean } | null {
  const subject = s.slice(windowStart, f.start);
  const listed = s.charCodeAt(windowStart - 1) === 59 ? listedPartnerGrowth(s, f, windowStart) : null;
  if (listed) return listed;
  const after = s.slice(f.end, f.end + 60);
  const sameSubject = SAME_SUBJECT_AND.test(subject) && MEASURE_THEN_LEVEL.test(after);
  if (!sameSubject && !(GAPPED_SUBJECT.test(subject) || GAPPED_PARTNER_SUBJECT.test(subject) || GAPPED_GOODS_SUBJECT.test(subject) || DASHED_GOODS_SUBJECT.test(subject) || GAPPED_PLACE_SUBJECT.test(subject))) return null;
  if (!sameSubject && !LEADS_INTO_LEVEL.test(after.slice(0, 40)) && !CLOSES_SENTENCE.test(after.slice(0, 40))) return null;
  const before = s.slice(Math.max(0, s.lastIndexOf(';', f.start) + 1, f.start - 200), windowStart);
  let verb: RegExpExecArray | null = null;
  CHANGE_VERB.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CHANGE_VERB.exec(before)) !== null; ) verb = m;
  if (!verb) return null;
  return { role: 'growth', direction: verb[1] ? 1 : -1, yoy: !NOT_YOY_BASIS.test(before.slice(verb.index)) };
}

/**
 * "In October, exports to the United States rose 22.4%; to China, 1.9%; to Japan, down 4.3%": an item of a semicolon list of
 * partners that gives only its percentage takes the verb of the list's first item (its direction and basis).
 */
function listedPartnerGrowth(s: string, f: Figure, windowStart: number): { role: 'growth'; direction: number; yoy: boolean } | null {
  if (!LISTED_PARTNER_ITEM.test(s.slice(windowStart - 1, f.start)) || !CLOSES_SENTENCE.test(s.slice(f.end, f.end + 40))) return null;
  const firstItem = s.slice(0, s.indexOf(';'));
  const lead = LIST_LEAD.exec(firstItem);
  if (!lead) return null;
  CHANGE_VERB.lastIndex = 0;
  const verb = CHANGE_VERB.exec(firstItem.slice(lead.index));
  return verb ? { role: 'growth', direction: verb[1] ? 1 : -1, yoy: !NOT_YOY_BASIS.test(firstItem) } : null;
}
