/**
 * Property test: whatever the input (floods of digits, deep parentheses, mixed scripts, control
 * characters, fragments of release language), the press-release extractor returns an outcome,
 * never throws, and every row it returns fits the contract with a quote that is really in the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ObservationDraft } from '../../functions/core/contract.js';
import { articleText, looksLikeHtml } from '../../functions/core/extract/press-release/article.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const ctx = { dataset: 'prop', release_id: 'prop-1', source_url: 'https://example.org/p', published: '2025-10-25' };

const FRAGMENTS = [
  'More than 300,000 vehicles', ' exported through Horgos Port', ' in the first three quarters of this year', ' increased by 22.1 percent',
  ' to 393.14 billion yuan', ' (approximately 55.4 billion US dollars)', ', accounting for 98 percent', ' since the beginning of this year',
  ' Jan.-Sept.', ' nearly two million tonnes', '$', '%', ' million', ' of', ' with Kazakhstan', "'s", ', while', ' respectively', '. ', '\n\n',
  '(', ')', '((((', '))))', '-', '.', ',', ' ', '1', '9', '0,000', 'Q3', ' 2025', '<p>', '</p>', '<div class="nav">', '<script>', '&nbsp;',
  'Ｑ３ １２３，４５６ 吨', 'Привет 5 млрд', '\u0000', '\u0007', '\u202e', '\ud800', '\u00a0', '\t',
];

function checkOutcome(body: string, contentType?: string): void {
  const outcome = extractPressRelease(body, ctx, { contentType });
  expect(typeof outcome.ok).toBe('boolean');
  if (!outcome.ok) return;
  const text = looksLikeHtml(body, contentType) ? articleText(body) : body;
  for (const row of outcome.rows) {
    expect(ObservationDraft.safeParse(row).success).toBe(true);
    expect(text.slice(row.quote_start!, row.quote_end!)).toBe(row.source_quote);
  }
}

describe('press-release extractor on arbitrary input', () => {
  it('returns an outcome for random strings and release-like fragment soups', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(''))), fc.constantFrom(undefined, 'text/plain', 'text/html'), (body, contentType) => {
        checkOutcome(body, contentType);
      }),
      { numRuns: 300 },
    );
  });

  it('returns an outcome for large adversarial inputs', () => {
    const adversarial = [
      '9'.repeat(1_000_000),
      '1,'.repeat(50_000),
      '('.repeat(50_000) + '5 billion yuan' + ')'.repeat(50_000),
      'more than '.repeat(10_000) + '5 tonnes',
      'In January-'.repeat(10_000),
      `${'<div>'.repeat(20_000)}exports rose 5 percent${'</div>'.repeat(20_000)}`,
      Array.from({ length: 50_000 }, (_, i) => String.fromCharCode(i % 0xffff)).join(''),
      'a'.repeat(100_000),
      'increased by 5 percent, '.repeat(5_000),
    ];
    for (const body of adversarial) checkOutcome(body);
    checkOutcome(adversarial[5], 'text/html');
  });
});
