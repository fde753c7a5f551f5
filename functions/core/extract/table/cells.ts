/**
 * Cell tokens: the published figures as strings, classified before anything is scaled. The
 * rules are strict on purpose: a token that is not a number, a dash or an overflow marker is
 * not data, and a table holding one in a value position is not understood.
 */

/** A figure as printed: sign, digits without separators and how many of them are decimals. */
export interface PrintedNumber {
  kind: 'number';
  negative: boolean;
  /** All digits, separators removed ("27,175.3" → "271753"). */
  digits: string;
  decimals: number;
  text: string;
}

export type CellToken =
  | PrintedNumber
  /** "-", an empty cell or whitespace: no figure. */
  | { kind: 'empty'; text: string }
  /** "############": a spreadsheet cell too narrow for its figure; the figure is lost, not zero. */
  | { kind: 'overflow'; text: string }
  /** ">10,000", "<0.1": a bound, not a figure; reading it as the number would be silently wrong. */
  | { kind: 'bound'; text: string }
  | { kind: 'other'; text: string };

const NUMBER = /^([-\u2212\u2013])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?%?$/;
const DASH = /^[-\u2212\u2013\u2014\u2015\u2012\u2010]{1,2}$/;
const OVERFLOW = /^#{3,}$/;
const INNER_SPACE = /\d\s+\d/;
const SPACE_GROUPED = /^[-\u2212\u2013]?\s?\d{1,3}(?: \d{3})+(?:\.\d+)?\s?%?$/;
const BOUND = /^(?:[<>\u2264\u2265]=?|\uff1e|\uff1c)[-\u2212\u2013]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/** Classifies one cell's text. */
export function classifyCell(raw: string): CellToken {
  // Spaces inside a figure are only read as thousands grouping ("1 234 567"); "123 45" or
  // "0.5 3.2" are two figures in one cell, not one figure.
  if (INNER_SPACE.test(raw)) {
    const spaced = raw.replace(/\s+/g, ' ').trim();
    if (!SPACE_GROUPED.test(spaced)) return { kind: 'other', text: spaced };
  }
  const text = raw.replace(/\s+/g, '');
  if (text === '' || DASH.test(text)) return { kind: 'empty', text };
  if (OVERFLOW.test(text)) return { kind: 'overflow', text };
  if (BOUND.test(text)) return { kind: 'bound', text };
  const match = NUMBER.exec(text);
  if (match) {
    const whole = match[2].replace(/,/g, '');
    const fraction = match[3] ?? '';
    return { kind: 'number', negative: match[1] !== undefined, digits: whole + fraction, decimals: fraction.length, text };
  }
  return { kind: 'other', text };
}

/** True for tokens that occupy a value position in a text rendering (numbers, dashes, overflow markers). */
export function isCellToken(token: string): boolean {
  return classifyCell(token).kind !== 'other';
}

/**
 * The printed figure times an integer scale, exactly: decimal arithmetic on the digits so that
 * 27175.3 × 1e8 is 2717530000000 and not 2717530000000.0005.
 */
export function scaledValue(figure: PrintedNumber, scale: bigint, shift = 0): number {
  const product = BigInt(figure.digits) * scale;
  // `shift` divides by a further power of ten: kilograms printed, tonnes published.
  const places = figure.decimals + shift;
  const divisor = 10n ** BigInt(places);
  const whole = product / divisor;
  const remainder = product % divisor;
  let text = whole.toString();
  if (remainder !== 0n) text += '.' + remainder.toString().padStart(places, '0');
  const value = Number(text);
  return figure.negative && value !== 0 ? -value : value;
}

/** The printed figure as a plain number (year-on-year percentages, cross-check arithmetic). */
export function plainValue(figure: PrintedNumber): number {
  return scaledValue(figure, 1n);
}

/** Half a unit in the last printed digit: the rounding error a published figure can carry. */
export function roundingHalfUnit(figure: PrintedNumber): number {
  return 0.5 / 10 ** figure.decimals;
}
