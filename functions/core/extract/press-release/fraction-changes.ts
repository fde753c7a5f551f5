/**
 * A change written as a fraction in words: "Russian coal arrivals dropped by a fifth", "exports to the bloc rose by a
 * quarter", "a fall of half", "shrank by one tenth", "were up by three quarters". The fraction is the change's percentage
 * (a half 50, a quarter 25, three quarters 75, a fifth 20, a tenth 10, a third 33.3, two thirds 66.7: fraction-words.ts),
 * as "up by half from a year earlier" is 50 beside a level (sentence-rows.ts, `wordChange`). Fractions of a whole ("a
 * fifth of the total", "a third of the port's cargo": a share, not a change) are left unread.
 *
 * A hedged fraction ("by nearly a fifth", "by more than a quarter") states no exact change, as "nearly doubled" does not
 * (the corpus conventions: b80-06's "grew by nearly a fifth", b268-03's "by nearly a quarter" are no rows): none is read.
 * Only a sentence that gives no level reads one (beside a level the change is `wordChange`'s to read). A line of heading
 * shape (a title: "Container traffic up by a fifth") rounds a figure the body gives exactly ("up 21.3 percent"): none either.
 */
import { keywords, mentions } from './keywords.js';
import { FRACTION_WORDS_SOURCE, fractionPercent } from './fraction-words.js';
import { isHeadingLine } from './period-choice.js';
import type { Figure } from './quantities.js';
import { MULTIPLE_CHANGE } from './sentence-rows.js';

// The change, by a verb ("dropped by", "were down by", "has risen by") or a noun ("a fall of", "an increase of"), then the
// hedge, then the fraction: "a fifth", "one-fifth", "one quarter", "half", "three quarters", "a third", "two-thirds".
// A habitual change ("when the number of trucks typically rises by a third") is no reported one: none is read. "Cut by a
// fifth" said alone is mostly of fees or waits, not trade; it is read only leading into a level (sentence-rows.ts).
const CHANGE_BY_FRACTION = new RegExp(String.raw`\b(?:(?:rose|risen|rises?|grew|grown|grows|increased|increases|climbed|climbs|jumped|jumps|gained|gains|expanded|expands|fell|fallen|falls|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk|shrinks|slid|slides|slumped|slumps|contracted|contracts|(?:was|were|is|are)\s+(?:up|down)|up|down)\s+by|(?:an?\s+)?(?:increase|rise|growth|gain|jump|fall|drop|decline|decrease|slide|contraction)\s+of)\s+((?:(?:nearly|almost|about|around|roughly|some|approximately|more\s+than|over|just\s+over|just\s+under|less\s+than)\s+)?(${FRACTION_WORDS_SOURCE}))\b(?!\s+of\b|\s+in\b(?!\s+(?:volume|value|quantity|tonnage|weight|(?:[\w-]+\s+)?terms)\b)|-)`, 'gi');
// "Exports to India halved.", "soybean purchases from abroad were halved", "coal arrivals have doubled from a year earlier",
// "shipments of lithium tripled in volume, while ...": a verb of multiplying with no level to lead into is the change on its
// own (doubled +100, tripled or trebled +200, quadrupled +300, halved -50), in any tense or voice. Hedged ("more than
// doubled", "nearly halved") it states no exact change; with an object ("doubled its capacity") it says what was done,
// not how trade moved, so the verb must end its clause or lead into the base, the basis or the span of the change, or into
// its reason ("halved as buyers turned elsewhere", "doubled because of", "tripled amid", "halved after", "doubled thanks to";
// a174; "doubled as a transit hub" names a role, not a change).
const MULTIPLE_ALONE = /(?<!\b(?:than|nearly|almost|over|about|roughly|around|some|virtually|practically|approximately|all\s+but)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?)\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|has|have|had)\s+)?(doubled|tripled|trebled|quadrupled|halved)\b(?=\s*(?:[.,;:)]|$)|\s+(?:from|on|over|year[- ]on[- ]year|y\/y|compared|against|versus|in|during|since|while|whereas|but|and|because|amid|after|following|(?:due|owing|thanks)\s+to|(?:led|driven|dragged|hit)\s+by|as(?!\s+(?:an?|its|their|his|her)\b))\b)/gi;
// A habitual change ("when the number of trucks typically rises by a third", "can fall by half") is no reported one.
const HABITUAL_BEFORE = /\b(?:typically|usually|normally|often|generally|customarily|tends?\s+to|can)\s+$/i;
const FRACTION_WORDS = keywords(['half', 'quarter', 'third', 'fifth', 'tenth', 'doubled', 'tripled', 'trebled', 'quadrupled', 'halved'], CHANGE_BY_FRACTION, MULTIPLE_ALONE);

/** The figures of a sentence with its changes by a fraction in words added as percentages, in order; unchanged when it gives a level. */
export function withFractionChanges(figures: Figure[], s: string): Figure[] {
  if (!mentions(s, FRACTION_WORDS) || figures.some((f) => f.kind === 'level') || isHeadingLine(s)) return figures;
  const added: Figure[] = [];
  CHANGE_BY_FRACTION.lastIndex = 0;
  for (let m = CHANGE_BY_FRACTION.exec(s); m !== null; m = CHANGE_BY_FRACTION.exec(s)) {
    const end = m.index + m[0].length;
    const start = end - m[2].length;
    const hedged = m[1] !== m[2];
    if (hedged || HABITUAL_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index)) || figures.some((f) => f.start < end && f.end > start)) continue;
    added.push(fractionFigure(m[2], start, end));
  }
  MULTIPLE_ALONE.lastIndex = 0;
  for (let m = MULTIPLE_ALONE.exec(s); m !== null; m = MULTIPLE_ALONE.exec(s)) {
    const [start, end] = [m.index + m[0].length - m[1].length, m.index + m[0].length];
    if (!figures.some((f) => f.start < end && f.end > start)) added.push({ ...changeFigure(MULTIPLE_CHANGE[m[1].toLowerCase()], start, end), sign: m[1].toLowerCase() === 'halved' ? '-' : '+' });
  }
  return added.length ? [...figures, ...added].sort((a, b) => a.start - b.start) : figures;
}

function fractionFigure(written: string, start: number, end: number): Figure {
  return changeFigure(fractionPercent(written) ?? 0, start, end);
}

function changeFigure(value: number, start: number, end: number): Figure {
  return { kind: 'percent', start, end, numStart: start, numEnd: end, value, unit: '', measure: 'growth', qualifier: 'exact', sign: '', phrase: '', ofWhat: '', unitFromSubject: false };
}
