/**
 * Years said as people say them, as broadcast scripts and transcripts write them: "in twenty twenty-one", "than in
 * twenty twenty", "December twenty twenty-three", "since two thousand and nineteen". The period finder reads years in
 * digits, so each spoken year is written over as its four digits, padded with spaces to the same length, and every
 * offset into the text (the rows' source spans) still points at the words said. A spoken year is read only after a
 * word that leads into a year (a preposition of time, a month, "early", "mid"): "carries twenty twenty-foot boxes" or
 * "moved two thousand and twenty trucks", said as a count with no such word before it, are left to the number reader.
 * (A count right after such a word, "in two thousand and twenty trucks", would be taken for a year: scripts say such
 * counts with a verb before them.)
 */

import { SMALL } from './numbers.js';

// The number words by the place they take in a year's last two digits (numbers.ts's table).
const wordsValued = (inRange: (n: number) => boolean) => [...SMALL].filter(([, n]) => inRange(n)).map(([w]) => w).join('|');
const UNIT = wordsValued((n) => n >= 1 && n <= 9);
const TEEN = wordsValued((n) => n >= 10 && n <= 19);
const TEN = wordsValued((n) => n >= 20);
// The two last digits of a year: "twenty-one", "twenty", "fifteen", "nine" (only after "two thousand (and)").
const YEAR_TAIL = `(?:(?:${TEN})(?:[- ](?:${UNIT}))?|${TEEN})`;
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
// Words that lead into a year.
const LEAD = String.raw`(?:in|of|since|by|than|for|from|to|until|till|through|during|early|late|mid|end|and|${MONTH})`;
const SPOKEN_YEAR = new RegExp(
  String.raw`(?<=(?<![A-Za-z])${LEAD}[ -])(?:twenty[ -](${YEAR_TAIL})|two thousand(?: and)? (${YEAR_TAIL}|${UNIT}))(?![A-Za-z-])`,
  'gi',
);
const GATE = /twenty[ -]|two thousand/i;

/** The value of a year's last words ("twenty-one" 21, "fifteen" 15, "nine" 9). */
function tailValue(words: string): number {
  return words.toLowerCase().split(/[ -]/).reduce((sum, w) => sum + (SMALL.get(w) ?? 0), 0);
}

/** The text with years said in words after a word of time written over in digits, padded to the same length. */
export function spokenYearsAsDigits(text: string): string {
  if (!GATE.test(text)) return text;
  return text.replace(SPOKEN_YEAR, (said: string, twenties: string | undefined, thousands: string | undefined) => {
    const year = twenties !== undefined ? 2000 + tailValue(twenties) : 2000 + tailValue(thousands ?? '');
    // "twenty twenty" is 2020; "twenty fifteen" 2015; "twenty nine" is no year said so and was never matched.
    return String(year).padEnd(said.length, ' ');
  });
}
