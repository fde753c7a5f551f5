/**
 * Speed guards of the figure, period, flow and goods readers (speed2): each cheap test put in front of an expression
 * answers false only where the expression cannot match, so the output stays what the expression alone gave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADING_LINE, isHeadingLine } from '../../functions/core/extract/press-release/period-choice.js';
import { SEASON, SEASON_GATE } from '../../functions/core/extract/press-release/periods.js';
import { closesBracketAt, endsWithStop, spaceWords } from '../../functions/core/extract/press-release/chars.js';
import { blankRunLength } from '../../functions/core/extract/press-release/units.js';

const textOf = (chars: string[], maxLength: number) => fc.array(fc.constantFrom(...chars), { maxLength }).map((c) => c.join(''));

describe('speed guards answer as their expressions', () => {
  it('a heading line is read as HEADING_LINE reads it, also when its last mark ends a sentence', () => {
    const chars = [...'Aa1 .!?;,*_#:\n\t', '\u00a0', '\u2028'];
    fc.assert(fc.property(textOf(chars, 24), (s) => {
      expect(isHeadingLine(s)).toBe(HEADING_LINE.test(s));
    }), { numRuns: 20000 });
    expect(isHeadingLine('OCTOBER 2026 ALONE')).toBe(true);
    expect(isHeadingLine('Exports rose 4.1 percent.')).toBe(false);
    expect(isHeadingLine('Ten months 2.5 _* ')).toBe(true);
  });

  it('every season the season rule reads opens its gate', () => {
    const words = ['the', 'The', 'this', 'marketing', 'Marketing', 'crop', 'coffee', 'Sugar', 'oil', 'grain', 'year', 'Year', 'MY', '(MY)', 'season', 'Season', 'campaign', '2025/26', '2025-26', '2025/2026', '2024', 'for', 'exports'];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '  ', ', ', '')), { minLength: 1, maxLength: 6 }).map((p) => p.map(([w, sep]) => w + sep).join(''));
    const season = new RegExp(SEASON.source);
    let matched = 0;
    fc.assert(
      fc.property(text, (s) => {
        if (!season.test(s)) return;
        matched++;
        expect(SEASON_GATE.test(s), s).toBe(true);
      }),
      { numRuns: 20000, seed: 20261204 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('spaceWords splits as trim and split on spaces do', () => {
    fc.assert(fc.property(textOf([...' ab\t\n', '\u00a0', '\u2028', '\ufeff'], 10), (s) => {
      expect(spaceWords(s)).toEqual(s.trim().split(/\s+/));
    }), { numRuns: 20000 });
  });

  it('a line ends a sentence exactly where /[.!?]$/ says it does (a stop before a line end or a space does not)', () => {
    fc.assert(fc.property(textOf([...'.!?a \n', '\u3002'], 6), (s) => {
      expect(endsWithStop(s)).toBe(/[.!?]$/.test(s));
    }), { numRuns: 20000 });
  });

  it('a bracket closing after an amount is found as /^\\s*\\)/ finds it in the same window', () => {
    fc.assert(
      fc.property(textOf([...' )(a\t\n', '\u00a0'], 8), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 5 }), (s, at, reach) => {
        expect(closesBracketAt(s, at, reach)).toBe(/^\s*\)/.test(s.slice(at, at + reach)));
      }),
      { numRuns: 20000 },
    );
  });

  it('a run of blanks is measured as its expression measures it', () => {
    fc.assert(fc.property(textOf([...' \t\r\nab'], 8), (s) => {
      expect(blankRunLength(s)).toBe(/^[ \t]*\r?\n?[ \t]*/.exec(s)![0].length);
    }), { numRuns: 20000 });
  });
});
