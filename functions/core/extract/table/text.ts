/** Text helpers shared by both renderings: one canonical form so every later regex sees ASCII spacing and punctuation. */

/** Canonical text: NFKC (full-width brackets, digits and colons become ASCII; no-break spaces become spaces), no CR, no tabs. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v\u200b\u3000]/g, ' ');
}

/** Like `normalizeText` but keeps tabs: in browser copies of a table they are the cell boundaries. */
export function normalizeKeepingTabs(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u200b\u3000]/g, ' ');
}

/** Collapses runs of whitespace and trims, for comparing labels and headings. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Number of leading spaces: indentation is how text renderings mark sub-rows. */
export function indentation(line: string): number {
  const match = /^ */.exec(line);
  return match ? match[0].length : 0;
}
