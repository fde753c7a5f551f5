/**
 * Speed work of helper speedA: the period rules that also need a word of their own, and the readers of train verbs
 * and of bracketed sums of flows that loop over matches themselves. The output must stay what it was: these
 * sentences (our own words) are read by exactly the rules the change touched, so a word list that missed a match
 * or a loop that lost its place would change their rows.
 */
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../functions/core/extract/press-release/periods.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const anchor = { year: 2026, month: 11 };
const spans = (s: string) => findPeriods(s, anchor).map((p) => `${s.slice(p.start, p.end)}=${p.kind}:${p.periodStart}..${p.periodEnd}`);

describe('period rules gated by a word of their own still read their phrases', () => {
  it('a crossing open for a season ("reopened on ... and closed on ...")', () => {
    expect(spans('The pass, which reopened on April 3 and closed for the winter on November 28, cleared 61,400 tonnes of goods.')).toEqual([
      'reopened on April 3 and closed for the winter on November 28=period:2026-04..2026-11',
    ]);
  });

  it('a change from one month to the next, and a span from a month to a day', () => {
    expect(spans('Exports rose 3.1% from August to September 2026.')).toEqual(['from August=base:2026-08..2026-08', 'September 2026=period:2026-09..2026-09']);
    expect(spans('From January to October 14, the port dispatched 912 trains.')).toEqual(['From January to October 14=period:2026-01..2026-10']);
  });

  it('"this year so far", "by the end of <year>", "last month" and "this month"', () => {
    expect(spans('This year so far, the port has handled 2.3 million TEU.')).toEqual(['This year so far=period:2026-01..2026-11']);
    expect(spans('By the end of 2025, the line had carried 14.6 million tonnes.')).toEqual(['By the end of 2025=period:2025-01..2025-12']);
    expect(spans('Imports fell 4.2% last month, while this month shipments picked up.')).toEqual(['last month=period:2026-10..2026-10', 'this month=period:2026-11..2026-11']);
  });

  it('a quarter named by its last month, and an ordinal part of a year', () => {
    expect(spans('Exports climbed 7.5 percent in the June quarter of 2026.')).toEqual(['the June quarter of 2026=period:2026-04..2026-06']);
    expect(spans('Trade reached 88.1 billion dollars in the first half of 2026.')).toEqual(['the first half of 2026=period:2026-01..2026-06']);
  });
});

describe('readers that loop over matches themselves', () => {
  const ctx = { dataset: 'd', release_id: 'r', source_url: 'https://example.org', published: '2026-11-20' };
  const rows = (text: string) => {
    const outcome = extractPressRelease(text, ctx, {});
    return outcome.ok ? outcome.rows.map((r) => `${r.flow} ${r.value} ${r.unit}`) : [];
  };

  it('the verb of each train count gives its way, one sentence after another', () => {
    expect(rows('In the first ten months, the Erlian crossing dispatched 1,204 freight trains to Europe. Over the same months it received 986 freight trains from Europe.')).toEqual([
      'export 1204 trains',
      'import 986 trains',
    ]);
    expect(rows('In the first ten months, 1,204 freight trains left the Erlian crossing for Europe. In the same period 986 freight trains came in from Europe.')).toEqual([
      'export 1204 trains',
      'import 986 trains',
    ]);
  });

  it('a bracketed sum of both flows makes a total in every sentence that has one', () => {
    expect(rows('Foreign trade (exports plus imports) reached 12.4 billion dollars in October. Trade with the bloc (imports plus exports) came to 3.1 billion dollars in October.')).toEqual([
      'total 12400000000 USD',
      'total 3100000000 USD',
    ]);
  });
});
