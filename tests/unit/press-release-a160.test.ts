/**
 * Rules widened in the fixing round for b270 and b272 (second round): each phenomenon in several frames of our own.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const flowOf = (text: string, value: number, published = '2026-03-01') => row(releaseRows(text, published), value)?.flow;

describe('a balance struck "of" or "in" trade named by both flows is a balance, not two-way trade', () => {
  it.each([
    ['NANNING, Feb 20 -- The surplus of import and export trade was 65.9 billion yuan in 2025.', 65.9e9],
    ['KUNMING, Jan 20 -- In 2025 the province\'s deficit in export and import trade came to 12.4 billion yuan.', -12.4e9],
    ['The balance of imports and exports trade stood at 3.2 billion dollars in 2025.', 3.2e9],
    ['A surplus of 8.1 billion yuan was recorded in import-export trade last year.', 8.1e9],
    ['For the whole of 2025, the shortfall on its exports and imports trade narrowed to 2.6 billion dollars.', -2.6e9],
  ])('reads %s as a balance', (text, value) => {
    expect(flowOf(text, value)).toBe('balance');
  });
  it('keeps two-way trade when the balance noun is not tied to it by a preposition (near miss)', () => {
    expect(flowOf('The surplus widened as import and export trade reached 88.1 billion yuan in 2025.', 88.1e9)).toBe('total');
  });
  it('keeps two-way trade as the subject before a balance named later (near miss)', () => {
    expect(flowOf('Import and export trade was 88.1 billion yuan in 2025, with a surplus of 4.2 billion yuan.', 88.1e9)).toBe('total');
  });
});
