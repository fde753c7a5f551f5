/**
 * The period rules run only on sentences that pass their gate (a shared expression, or a digit fact answered in one
 * pass over the characters) and that hold one of their words (`needs`). Skipping is exact only when every match of a
 * rule's pattern passes its gate and holds one of its words. Checked on text built from each pattern's own vocabulary
 * (its literal words, month names, years, days, quarter codes), where matches are frequent; and each word a rule needs
 * must be the only one of its words in some match, so leaving a word out of a list makes the first check fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIGIT_GATES, findPeriods, monthTails, periodRuleGates, yearTails } from '../../functions/core/extract/press-release/periods.js';

const SEPARATORS = [' ', ' ', ' ', ' ', '', '  ', '\n', '\u00a0', ', ', '-', '–', '/', '.', "'s ", '%', '(', ')'];
const NUMBERS = ['1', '3', '12', '25', '1st', '3rd', '2025', '2026', '1999', '2025-26', '2024/25', '2024 / 25', '0991', '12345', 'Q3', '3Q', '10M', 'H1', 'I', 'IV', 'XII'];

/** Lower-case ASCII letters only (what the keyword scan compares). */
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Texts made of a pattern's literal words (each as written, in capitals and capitalised), numbers and separators. */
function textsOf(pattern: RegExp, extra: readonly string[]): fc.Arbitrary<string> {
  const literal = pattern.source.replace(/\\[A-Za-z]/g, ' ').match(/[A-Za-z]+(?:-[A-Za-z]+)?/g) ?? [];
  const words = literal.length ? literal : extra.length ? [...extra] : NUMBERS;
  const vocabulary = [...new Set([...literal, ...extra, 'the', 'of', 'in', 'year', 'month', 'quarter'])];
  const run = fc.tuple(fc.nat(words.length - 1), fc.integer({ min: 2, max: 5 })).map(([i, n]) => words.slice(i, i + n).join(' '));
  const token = fc.oneof(
    fc.constantFrom(...vocabulary).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1))),
    fc.constantFrom(...NUMBERS),
    run,
  );
  return fc.array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([t, sep]) => t + sep).join(''));
}

describe('period rules gated by digits or by words of their own', () => {
  const rules = periodRuleGates()
    .filter(({ gate, needs, after, afterYear }) => needs || after || afterYear || (gate && DIGIT_GATES.has(gate)))
    .map(({ gate, needs, after, afterYear, pattern }) => ({ gate, needs, after, afterYear, pattern: new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) }));

  // Two rules whose gate is narrower than their pattern, left so (the output stays as it was; reading them more widely is a
  // rule change): a month span before a two-year label with a slash ("July-December 2025/26") passes no day-range gate,
  // and a slash label with spaces ("2024 / 25") no calendar-date gate.
  const NARROWER = [String.raw`\s?[-–/]\s?(\d{2}|(?:19|20)\d{2})`, String.raw`\s?\/\s?(\d{2})`];

  it('every match of such a rule passes its gate and holds one of its words', () => {
    expect(rules.length).toBeGreaterThan(25);
    let matched = 0;
    const narrower = new Set<string>();
    for (const { gate, needs, after, afterYear, pattern } of rules) {
      let hits = 0;
      fc.assert(
        fc.property(textsOf(pattern, needs ?? []), (s) => {
          if (!pattern.test(s)) return;
          hits++;
          if (gate && !gate.test(s)) {
            const known = NARROWER.find((part) => pattern.source.includes(part));
            expect(known, `${pattern} matched ${JSON.stringify(s)}, which its gate ${gate} does not pass`).toBeDefined();
            narrower.add(known!);
          }
          if (needs) expect(needs.some((w) => fold(s).includes(w)), `${pattern} matched ${JSON.stringify(s)} without any of ${needs.join(', ')}`).toBe(true);
          if (after) expect(monthTails(s).some((w) => after.includes(w)), `${pattern} matched ${JSON.stringify(s)}, where no month follows ${after.join(', ')}`).toBe(true);
          if (afterYear) expect(yearTails(s).some((w) => afterYear.includes(w)), `${pattern} matched ${JSON.stringify(s)}, where no "year" follows ${afterYear.join(', ')}`).toBe(true);
        }),
        { numRuns: 2000, seed: 20261204 },
      );
      if (hits > 0) matched++;
    }
    // Worth something only when the texts do match: most patterns must have matched some (and the known narrower gates shut).
    expect(matched).toBeGreaterThan(rules.length * 0.5);
    expect([...narrower].sort()).toEqual([...NARROWER].sort());
  });

  // One sentence for each word and each digit gate the rules need: leaving a word out of a rule's list, or a gate that
  // shuts on the digits a rule reads, loses the period.
  const A = { year: 2026, month: 11, day: 20, country: 'Australia' };
  const EXAMPLES: Array<[string, string, string, number?]> = [
    ['Imports rose 4 percent in the past 12 months.', 'in the past 12 months', '2025-11'],
    ['Imports rose 4 percent over the last twelve months.', 'over the last twelve months', '2025-11'],
    ['Imports rose 4 percent in the latest 12 months.', 'in the latest 12 months', '2025-11'],
    ['Imports rose 4 percent on a 12-month rolling basis.', 'on a 12-month rolling basis', '2025-11'],
    ['Imports rose 4 percent in the trailing 12 months.', 'in the trailing 12 months', '2025-11'],
    ['The ten-month total reached 15.8 million tonnes.', 'The ten-month total', '2026-01'],
    ['Exports in 10 months 2026 reached 3 billion dollars.', 'in 10 months 2026', '2026-01'],
    ['Exports fell 3 percent last year.', 'last year', '2025-01'],
    ['Exports rose 3 percent this year.', 'this year', '2026-01'],
    ['Exports rose 3 percent in 2025.', 'in 2025', '2025-01'],
    ['The figures were released on 25 October.', '25 October', ''],
    ['Exports in 10M 2026 reached 2 billion dollars.', '10M 2026', '2026-01'],
    ['Exports rose in Q3 2026.', 'Q3 2026', '2026-07'],
    ['Exports rose in 3Q 2026.', '3Q 2026', '2026-07'],
    ['Exports in Q1-Q3 2026 rose.', 'Q1-Q3 2026', '2026-01'],
    ['Earnings fell to 111 billion dollars in 2025-26.', '2025-26', '2025-07'],
    ['Exports in the III quarter 2026 rose 5 percent.', 'the III quarter 2026', '2026-07'],
    ["China's 2025 exports rose 5 percent.", '2025 ', '2025-01'],
    ['In the first quarter of 2026-27 exports rose.', 'the first quarter of 2026-27', '2026-07'],
    ['Goods exports rose 3.1% to September.', 'to September.', '2026-01'],
    ['Exports were 5 billion dollars as of end-October 2026.', 'as of end-October 2026', '2026-01'],
    ['Exports at October 2026 stood at 5 billion dollars.', 'at October 2026', '2026-01'],
    ['Exports rose 2% through the end of August.', 'through the end of August.', '2026-01'],
    ['Exports between 1 April and 7 November rose.', 'between 1 April and 7 November', '2026-04'],
    ['Traffic from April 1, when the pass reopened, to Nov. 15 rose.', 'from April 1, when the pass reopened, to Nov. 15', '2026-04'],
    ['Exports as of March 14 rose.', 'as of March 14', '2026-01'],
    ['Exports until March 14 rose.', 'until March 14', '2026-01'],
    ['Traffic on 3-5 May rose.', '3-5 May', '2026-05'],
    ['Traffic on May 3-5 rose.', 'May 3-5', '2026-05'],
    ['Exports in July-December 2025-26 rose.', 'July-December 2025-26', '2025-07'],
    ['Exports jumped 17.5 percent for the year.', 'for the year', '2026-01', 1],
    ['Exports jumped 17.5 percent over the full year.', 'over the full year', '2026-01', 1],
    ['Exports jumped 17.5 percent over the whole-year.', 'over the whole-year', '2026-01', 1],
    ["The entire year's exports rose.", "The entire year's ", '2026-01', 1],
  ];

  it('reads what stands before each "year"', () => {
    expect(yearTails('over the full-year, for The  YEAR, last year, 2025 year, years')).toEqual(['full-', 'the', 'last', '#', '']);
  });

  it('reads what stands before each month name', () => {
    expect(monthTails('Exports up 4% through July, as of end-October, since 3rd March, by the end of  Sept. and mid-May; Marcus')).toEqual(['through', 'end-', '#', 'of', 'mid-', '']);
  });

  it.each(EXAMPLES)('reads %j', (sentence, text, start, month) => {
    const found = findPeriods(sentence, month ? { year: 2027, month } : A).map((p) => [sentence.slice(p.start, p.end), p.periodStart]);
    expect(found).toContainEqual([text, start]);
  });
});
