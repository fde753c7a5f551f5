/**
 * Units: the table's value unit ("Unit: US$1,000") and the per-row quantity units of commodity
 * tables ("10000T"). Nothing is ever assumed: a unit that does not parse is a rejection.
 */
import { MONEY_CODES } from '../iso4217.js';

/** A unit and the integer factor that turns printed figures into base units. */
export interface ScaledUnit {
  unit: string;
  scale: bigint;
  /** The unit as printed, for messages. */
  printed: string;
  /** Powers of ten to divide by after scaling: 3 for kilograms published as tonnes. */
  shift?: number;
}

// A unit of `null` is the ISO code the pattern matched ("KRW 1 Million", "thousand PYG": any code of money in
// ISO 4217, upper case, from the one table of codes).
const CURRENCIES: Array<[RegExp, string | null]> = [
  [/^(?:US\s*\$|USD|U\.S\.\s*dollars?|US\s*dollars?|dollars?|\$)/i, 'USD'],
  [/^(?:CNY|RMB|yuan|renminbi)/i, 'CNY'],
  [/^(?:EUR|euros?|€)/i, 'EUR'],
  [new RegExp(`^(?:${MONEY_CODES.join('|')})(?![A-Za-z])`), null],
];

const MAGNITUDES: Array<[RegExp, bigint]> = [
  [/^hundred\s+millions?\b/i, 100_000_000n],
  [/^ten\s+thousands?\b/i, 10_000n],
  [/^thousands?\b/i, 1_000n],
  [/^millions?\b/i, 1_000_000n],
  [/^billions?\b/i, 1_000_000_000n],
  [/^trillions?\b/i, 1_000_000_000_000n],
];

/** Parses "1,000", "100 Million", "10 thousand" (or nothing: a factor of 1) from the start of `text`. */
function parseFactor(text: string): { factor: bigint; rest: string } | null {
  let rest = text.trim();
  let factor = 1n;
  const number = /^(\d{1,3}(?:,\d{3})+|\d+)(?![\d.])/.exec(rest);
  if (number) {
    factor = BigInt(number[1].replace(/,/g, ''));
    rest = rest.slice(number[0].length).trim();
  }
  for (const [pattern, magnitude] of MAGNITUDES) {
    const match = pattern.exec(rest);
    if (match) {
      factor *= magnitude;
      rest = rest.slice(match[0].length).trim();
      break;
    }
  }
  if (factor === 0n) return null;
  return { factor, rest };
}

/**
 * Parses a value unit: currency then factor ("US$1,000", "USD1 Million", "CNY 100 Million") or
 * factor then currency ("100 million yuan", "thousand US dollars").
 */
export function parseValueUnit(printed: string): ScaledUnit | null {
  const text = printed.replace(/\s+/g, ' ').trim().replace(/[.;,]$/, '').trim();
  if (text === '' || text.length > 60) return null;
  for (const [pattern, unit] of CURRENCIES) {
    const match = pattern.exec(text);
    if (match) {
      const factor = parseFactor(text.slice(match[0].length));
      if (factor && factor.rest === '') return { unit: unit ?? match[0], scale: factor.factor, printed: text };
    }
  }
  const factor = parseFactor(text);
  if (factor && factor.rest !== '') {
    for (const [pattern, unit] of CURRENCIES) {
      const match = pattern.exec(factor.rest);
      if (match && factor.rest.slice(match[0].length).trim() === '') return { unit: unit ?? match[0], scale: factor.factor, printed: text };
    }
  }
  return null;
}

const QUANTITY_UNITS: Array<[RegExp, string]> = [
  [/^(?:t|tons?|tonnes?|mt)$/i, 'tonnes'],
  [/^(?:kg|kgs|kilograms?|kilogrammes?)$/i, 'kilograms'],
  [/^(?:sets?)$/i, 'sets'],
  [/^(?:units?)$/i, 'units'],
  [/^(?:pieces?|pcs|pc)$/i, 'pieces'],
  [/^(?:vehicles?|cars?)$/i, 'vehicles'],
  [/^(?:pairs?)$/i, 'pairs'],
  [/^(?:heads?)$/i, 'head'],
  [/^(?:carats?)$/i, 'carats'],
  [/^(?:litres?|liters?)$/i, 'litres'],
  [/^(?:cubic\s*met(?:re|er)s?|m3|cu\.?\s*m)$/i, 'cubic metres'],
  [/^(?:square\s*met(?:re|er)s?|m2|sq\.?\s*m)$/i, 'square metres'],
  [/^(?:met(?:re|er)s?)$/i, 'metres'],
];

/**
 * Parses a per-row quantity unit: "10000T" → tonnes ×10000, "T" → tonnes, "thousand tonnes" →
 * tonnes ×1000, "10,000 sets" → sets ×10000. Weights are published in tonnes whatever the table
 * prints them in, so one commodity is one series across tables: "KG" → tonnes ÷1000. Counted
 * goods (sets, units, pieces, head, pairs) keep their count unit.
 */
export function parseQuantityUnit(printed: string): ScaledUnit | null {
  const text = printed.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 30) return null;
  const factor = parseFactor(text);
  if (!factor || factor.rest === '') return null;
  for (const [pattern, unit] of QUANTITY_UNITS) {
    if (!pattern.test(factor.rest)) continue;
    if (unit === 'kilograms') return { unit: 'tonnes', scale: factor.factor, printed: text, shift: 3 };
    return { unit, scale: factor.factor, printed: text };
  }
  return null;
}

/** A unit at the end of a row label, in brackets: "Crude oil (in thousand tonnes)", "Motor vehicles (units)". */
const LABEL_UNIT = /^(.*\S)\s*\(\s*(?:in\s+)?([^()]{1,30})\)$/i;

/**
 * The quantity unit a commodity label carries itself, and the label without it; null when the
 * label ends in no bracket or the bracket is not a quantity unit ("Fuel oils (No.5-7)").
 */
export function labelQuantityUnit(label: string): { label: string; unit: ScaledUnit } | null {
  const match = LABEL_UNIT.exec(label.trim());
  if (!match) return null;
  const unit = parseQuantityUnit(match[2]);
  return unit ? { label: match[1], unit } : null;
}

/** True when a token looks like it is meant as a quantity unit, known or not ("10000T", "KG", "Sets"). */
export function looksLikeQuantityUnit(token: string): boolean {
  return parseQuantityUnit(token) !== null;
}
