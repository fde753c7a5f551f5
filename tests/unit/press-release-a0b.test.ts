/**
 * Issue 9, part a0b: messy web text as blind batch b112 met it (helper fix112, 2026-12-04): a period pointed back to as
 * "the whole quarter", flattened tables with space-grouped thousands under a wire's or a statistics office's caption,
 * labelled bullets, goods named by their origin country, a pronoun as a clause's subject, and a firm ranked first.
 * Every text is written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('"over the whole quarter" points back to the quarter stated before', () => {
  const text = (span: string) => `Vietnam's exports reached 98.2 billion US dollars in the first quarter of 2026, up 11.4 percent year on year, the customs department said.

In March alone, exports rose 13.1 percent. ${span}, textile shipments grew 6.5 percent to 9.8 billion US dollars.`;

  it.each([['Over the whole quarter'], ['For the full quarter'], ['During the entire quarter']])('dates the figure after "%s" January to March, not March', (span) => {
    const got = rows(text(span), '2026-04-09');
    expect(got.filter((r) => r[2] === 9_800_000_000).map((r) => [r[0], r[1], r[4]])).toEqual([['2026-01', '2026-03', 6.5]]);
  });
});
