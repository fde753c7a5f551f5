/**
 * Roundups and digests of several countries' figures head each entry with the country in capitals ("* JAPAN
 * (October): exports +2.7% ...", "SOUTH KOREA: exports ..."). The place finder reads names as they are
 * written in prose, so such a head is written over in title case, with the same length (every offset into the
 * text stays valid), when it spells a country of the lexicon. Only a head opening a line (after a bullet
 * mark) and followed by a bracket, a colon or a dash is one: a dateline ("SEOUL, Nov. 21") is not rewritten.
 */
import { countryNameList } from './geography.js';

// A line's head in capitals (one to four words) before "(", ":" or a dash.
const CAPITAL_HEAD = /^([ \t]*(?:[*•·▪\-–—][ \t]*)?)([A-Z]{2,}(?:[ \t][A-Z]{2,}){0,3})(?=[ \t]*[(:\-–—])/gm;

let names: Set<string> | null = null;

/** The countries' names (not adjectives) of the lexicon, built once. */
function countryNames(): Set<string> {
  names ??= new Set(countryNameList().flatMap((c) => c.names));
  return names;
}

const titleCase = (words: string): string => words.toLowerCase().replace(/(^|[ \t])([a-z])/g, (_, gap: string, c: string) => gap + c.toUpperCase());

/** The text with capitalised country heads of lines written in title case. */
export function titleCaseCapitalHeads(text: string): string {
  if (!/^[ \t]*(?:[*•·▪\-–—][ \t]*)?[A-Z]{2}/m.test(text)) return text;
  return text.replace(CAPITAL_HEAD, (whole: string, lead: string, head: string) => {
    const name = titleCase(head);
    return countryNames().has(name) ? lead + name : whole;
  });
}
