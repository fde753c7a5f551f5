/**
 * How many digits a figure may have and still be published exactly. Values are IEEE 754 doubles
 * in every output (JSON, CSV, Parquet DOUBLE); every decimal of up to 15 significant digits comes
 * back unchanged from one, longer ones may not (12,345,678,901,234,567 becomes ...234,568). A
 * figure that cannot be kept exactly is not read, and the release says so in a warning: a wrong
 * last digit published as exact would be worse than a missing row.
 */

/** Most significant digits a figure may have. */
export const MAX_EXACT_DIGITS = 15;

/** Significant digits of a written number's digits ("0012.50" → 3: 1, 2, 5), zeros at either end aside. */
export function significantDigits(digits: string): number {
  // One pass over the digits (every number read goes through here): from the first non-zero digit to the last.
  let index = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (c !== 48) {
      if (first < 0) first = index;
      last = index;
    }
    index++;
  }
  return first < 0 ? 0 : last - first + 1;
}

/**
 * Why a number written as `text` cannot be kept exactly, or null when it can: more than
 * MAX_EXACT_DIGITS significant digits, or (`integerDigits`) that many digits before the point.
 */
export function inexactReason(text: string, digits: string, integerDigits = 0): string | null {
  const count = Math.max(significantDigits(digits), integerDigits);
  if (count <= MAX_EXACT_DIGITS) return null;
  return `the number "${text}" has ${count} digits, more than the ${MAX_EXACT_DIGITS} a figure keeps exactly`;
}
