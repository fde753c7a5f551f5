/**
 * A fraction written in words as the size of a change: "a half", "half", "a quarter", "one-fifth", "a tenth", "three
 * quarters", "a third", "two-thirds". Its percentage is printed as releases print rates, to one decimal: a third 33.3,
 * two thirds 66.7 (the lead's ruling for the b274/b276 round), a half 50, a quarter 25, three quarters 75, a fifth 20,
 * a tenth 10.
 */
const FRACTION_PERCENT: Record<string, number> = { half: 50, quarter: 25, third: 33.3, fifth: 20, tenth: 10 };
const OF_TWO_OR_THREE: Record<string, number> = { 'two third': 66.7, 'three quarter': 75 };

/** The fraction words, as a regex source without groups: "a third", "one-fifth", "half", "two thirds", "three-quarters". */
export const FRACTION_WORDS_SOURCE = String.raw`(?:(?:a|one)[\s-](?:half|quarter|third|fifth|tenth)|half|two[\s-]thirds|three[\s-]quarters)`;

/** The percentage a fraction in words stands for ("a third" 33.3, "three-quarters" 75); null for words that are none. */
export function fractionPercent(written: string): number | null {
  const words = written.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/s$/, ''));
  const last = words[words.length - 1];
  if (words.length === 2 && (words[0] === 'two' || words[0] === 'three')) return OF_TWO_OR_THREE[`${words[0]} ${last}`] ?? null;
  return FRACTION_PERCENT[last] ?? null;
}
