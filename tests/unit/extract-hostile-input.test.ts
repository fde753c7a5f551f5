/**
 * No input may stall normalize (issue 14, items 4, 5 and 9). Extraction runs on text nobody here
 * wrote, inside a two-minute budget. Reproduced before the fix: trimming trailing whitespace with
 * /\s+$/ on a line of 200,000 spaces took 60 s in the text-table reader; 200,000 nested <div>s took
 * over 30 s; random bytes yielded figures in USD.
 *
 * The time checks here are stall guards, not speed claims: each limit is tens of times what the
 * input takes (the benchmarks print the real figures), and far below what a quadratic pattern
 * needs on the same input, so they fail only when something backtracks or re-scans again.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ObservationDraft, type ExtractionOutcome } from '../../functions/core/contract.js';
import { extractRelease, type ExtractOptions } from '../../functions/core/extract/index.js';
import { htmlDepth, MAX_EXTRACT_CHARS, MAX_HTML_DEPTH, nonTextShare } from '../../functions/core/extract/limits.js';
import { ctx, fixture } from './table-helpers.js';

/** Runs one extraction and fails when it takes longer than `limitMs` (a stall, not a slow run). */
function extractWithin(limitMs: number, body: string, options: ExtractOptions): ExtractionOutcome {
  const started = performance.now();
  const outcome = extractRelease(body, ctx, options);
  const took = performance.now() - started;
  expect(took, `extraction of ${body.length} characters took ${took.toFixed(0)} ms`).toBeLessThan(limitMs);
  if (outcome.ok) for (const row of outcome.rows) expect(ObservationDraft.safeParse(row).success).toBe(true);
  else expect(outcome.reason.length).toBeGreaterThan(0);
  return outcome;
}

const TEXT_TABLE = { kind: 'statistical-table', contentType: 'text/plain; charset=utf-8' } as const;
const values = (outcome: ExtractionOutcome) => (outcome.ok ? outcome.rows.map((r) => [r.source_quote, r.value]) : outcome.reason);

describe('trailing whitespace in a text table', () => {
  it('a line padded with 200,000 spaces (and one with 100,000 tabs) reads as the same table, without stalling', () => {
    const clean = fixture('customs-regime.txt');
    const lines = clean.split('\n');
    lines[3] += ' '.repeat(200_000);
    lines[6] += '\t'.repeat(100_000);
    const padded = lines.join('\n');
    const expected = extractRelease(clean, ctx, TEXT_TABLE);
    expect(expected.ok).toBe(true);
    expect(values(extractWithin(10_000, padded, TEXT_TABLE))).toEqual(values(expected));
  });
});

describe('hostile repetitions in both extractors (fast-check)', () => {
  // Runs of what patterns on numbers, units, sentences and tags consume, spliced into real text.
  const unit = fc.constantFrom(' ', '\t', '\u00a0', '1', '1 ', '1,', '1.', '-', 'a ', 'and ', '1% ', '1 billion ', '(', '<div>', '&amp;', ', ', 'of ', 'x1 ');
  const hostile = fc.record({
    unit,
    count: fc.integer({ min: 1_000, max: 20_000 }),
    at: fc.nat(),
    base: fc.constantFrom('customs-regime.txt', 'customs-regime.html', 'country.txt'),
    kind: fc.constantFrom('press-release', 'statistical-table', 'auto') as fc.Arbitrary<ExtractOptions['kind']>,
  });

  it('each input extracts (or is rejected with a reason) well inside the stall guard', () => {
    fc.assert(
      fc.property(hostile, ({ unit: u, count, at, base, kind }) => {
        const text = fixture(base);
        const cut = at % text.length;
        const body = text.slice(0, cut) + u.repeat(count) + text.slice(cut);
        extractWithin(15_000, body, { kind, contentType: base.endsWith('.html') ? 'text/html' : 'text/plain' });
      }),
      { numRuns: 15, seed: 14 },
    );
  });
});

describe('input caps before parsing', () => {
  it('100,000 nested <div>s are refused with the depth in the reason, without parsing (200,000 are over the size cap)', () => {
    const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}Exports rose 5% to 1 billion yuan.${'</div>'.repeat(n)}</body></html>`;
    const outcome = extractWithin(5_000, nested(100_000), { kind: 'auto', contentType: 'text/html' });
    expect(outcome).toEqual({ ok: false, reason: `the HTML nests elements 100002 deep; extraction accepts at most ${MAX_HTML_DEPTH}` });
    expect(extractWithin(5_000, nested(200_000), { kind: 'auto', contentType: 'text/html' })).toEqual({ ok: false, reason: `the body is 2200060 characters; extraction reads at most ${MAX_EXTRACT_CHARS}` });
  });

  it('HTML depth counts open elements, not void or self-closed ones, and real pages pass', () => {
    expect(htmlDepth('<html><body><div><p>a<br>b<img src="x"/></p></div></body></html>')).toBe(4);
    expect(htmlDepth(fixture('customs-regime.html'))).toBeLessThan(MAX_HTML_DEPTH);
  });

  it(`a body over ${MAX_EXTRACT_CHARS} characters is refused with its size`, () => {
    const outcome = extractWithin(5_000, 'Exports rose 5 percent. '.repeat(100_000), { kind: 'press-release', contentType: 'text/plain' });
    expect(outcome).toEqual({ ok: false, reason: `the body is 2400000 characters; extraction reads at most ${MAX_EXTRACT_CHARS}` });
  });
});

describe('binary bodies', () => {
  it('random bytes are refused as not text, never read as figures', () => {
    for (let i = 0; i < 10; i++) {
      const body = new TextDecoder().decode(randomBytes(20_000));
      const outcome = extractRelease(body, ctx, { kind: 'auto', contentType: 'text/plain' });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.reason).toMatch(/^the body is not text/);
    }
  });

  it('bytes without NUL but mostly undecodable are refused with the share', () => {
    const body = new TextDecoder().decode(new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 0xff : 0x41))));
    expect(nonTextShare(body)).toBeGreaterThan(0.3);
    expect(extractRelease(body, ctx, { kind: 'press-release', contentType: 'text/plain' })).toEqual({
      ok: false,
      reason: 'the body is not text: 33.4% of its characters are control characters or bytes that are not valid in its encoding',
    });
  });

  it('ordinary text with a stray control character still extracts', () => {
    const text = `${fixture('customs-regime.txt')}\u0007`;
    expect(extractRelease(text, ctx, TEXT_TABLE).ok).toBe(true);
  });
});
