import { describe, expect, it } from 'vitest';
import { blankKeepingLineEnds, testAtLineStarts } from '../../functions/core/extract/press-release/chars.js';
import { hyphenBeforeLineEnd } from '../../functions/core/extract/press-release/pdf-copy.js';

// Texts of the pieces these helpers look at (line ends of every kind, bullets, capitals, hyphens, spaces), mixed at random.
const PIECES = ['b-\n', 'b- \r\n', '\n', '\r\n', '\r', '\u2028', ' ', '\t', '-', '• ', 'AB', 'Ab', 'related', 'Read more', 'x', '😀', 'é', '1'];
function randomTexts(count: number): string[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 14) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''));
}

describe('press-release character helpers', () => {
  const texts = randomTexts(3000);

  it('testAtLineStarts answers as the anchored multiline pattern does', () => {
    const anchored = /^[ \t]*(?:[•\-][ \t]*)?(?:[A-Z]{2}|related|read\s+more)/im;
    const sticky = new RegExp(anchored.source.slice(1), 'iy');
    for (const t of texts) expect(testAtLineStarts(t, sticky, anchored), JSON.stringify(t)).toBe(anchored.test(t));
  });

  it('blankKeepingLineEnds writes every character but "\\n" as a space', () => {
    for (const t of texts) expect(blankKeepingLineEnds(t)).toBe(t.replace(/[^\n]/g, ' '));
  });

  it('hyphenBeforeLineEnd answers as /[A-Za-z]-[ \\t]*\\r?\\n/ does', () => {
    for (const t of texts) expect(hyphenBeforeLineEnd(t), JSON.stringify(t)).toBe(/[A-Za-z]-[ \t]*\r?\n/.test(t));
  });
});
