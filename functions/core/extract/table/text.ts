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

/** A line of a pipe-drawn table ("| Ordinary Trade | 1,234 | 5,678 |"): it starts or ends with a bar. */
const PIPE_ROW = /^\s*\|.*\||^[^|]*\|\s*$/;

/**
 * Pipe-drawn tables (a markdown-like rendering some archives make of GACC pages) as tab-separated
 * lines: the bars are cell boundaries, so they become tabs, the one boundary the text reader
 * already trusts. Empty cells at the end of a line ("| 25.6 | 19.8 | |") are padding, not cells.
 * Applied only when at least three lines are drawn that way, so a "Home|中文站" line stays as it is.
 */
export function unpipeTable(text: string): string {
  if (!text.includes('|')) return text;
  const drawn = /^[ \t]*\|[^\n]*\|[ \t]*$/gm;
  let count = 0;
  while (count < 3 && drawn.exec(text) !== null) count++;
  if (count < 3) return text;
  return text
    .split('\n')
    .map((line) => {
      if (!PIPE_ROW.test(line)) return line;
      // A markdown rule under the headings ("|---|:---:|") draws no cell; a row of "-" cells is figures.
      if (/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(line)) return '';
      const cells = line.split('|').map((cell) => cell.trim());
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      while (cells.length > 0 && cells[0] === '') cells.shift();
      return cells.join('\t');
    })
    .join('\n');
}
