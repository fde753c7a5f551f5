/**
 * Limits normalize keeps whatever a release holds (issue 14, item 3): a runaway quote is cut (a
 * 500 KB `source_quote` made one row exceed DynamoDB's 400 KB item limit and the release failed),
 * and a release whose rows do not fit in one invocation is handed on as progress, not a failure.
 */
import { describe, expect, it } from 'vitest';
import { SourceConfig, type ObservationDraft, type Release } from '../../functions/core/contract.js';
import { sha256Hex } from '../../functions/core/identity.js';
import { boundQuote, MAX_SOURCE_QUOTE_CHARS, normalizeRelease } from '../../functions/core/normalize/normalize-release.js';
import { inProcessExtractor } from '../../functions/core/normalize/in-process-extractor.js';
import type { ObservationStore } from '../../functions/core/ports.js';
import { memoryPorts } from '../support/memory-ports.js';

const draft = (quote: string): ObservationDraft => ({
  dataset: 'd1', area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
  period_start: '2025-01', period_end: '2025-10', value: 3.07e12, unit: 'USD', qualifier: 'exact', yoy_pct: 5.3,
  release_id: 'r', source_url: 'u', source_quote: quote, published: '2025-11-07', quote_start: 0, quote_end: quote.length,
});

describe('boundQuote', () => {
  it('cuts a 500 KB quote to the limit, marks the cut, says so, and leaves the figure alone', () => {
    const huge = `Exports reached 3.07 trillion dollars ${'and so on '.repeat(50_000)}`;
    const { draft: bounded, warning } = boundQuote(draft(huge));
    expect(bounded.source_quote).toHaveLength(MAX_SOURCE_QUOTE_CHARS + 1);
    expect(bounded.source_quote.startsWith('Exports reached 3.07 trillion dollars and so on')).toBe(true);
    expect(bounded.source_quote.endsWith('…')).toBe(true);
    expect(bounded).toMatchObject({ value: 3.07e12, unit: 'USD', yoy_pct: 5.3, period_end: '2025-10' });
    expect(warning).toBe(`quote of the figure 3070000000000 USD was ${huge.length} characters; kept the first ${MAX_SOURCE_QUOTE_CHARS}`);
  });

  it('never splits a surrogate pair, and leaves ordinary quotes untouched', () => {
    const astral = `${'x'.repeat(MAX_SOURCE_QUOTE_CHARS - 1)}😀 tail`;
    const cut = boundQuote(draft(astral)).draft.source_quote;
    expect(cut).toBe(`${'x'.repeat(MAX_SOURCE_QUOTE_CHARS - 1)}…`);
    const ordinary = draft('Exports rose 5.3 percent.');
    expect(boundQuote(ordinary)).toEqual({ draft: ordinary });
  });
});

describe('a release too large for one invocation', () => {
  it('is reported as continued, its attempt given back, and finishes in the next invocation', async () => {
    const ports = memoryPorts();
    const body = 'BEIJING, Nov. 7, 2025 -- China\'s exports reached 3.07 trillion U.S. dollars in the first ten months, up 5.3 percent year on year, customs data showed.\n';
    const sha256 = sha256Hex(new TextEncoder().encode(body));
    const release: Release = {
      release_id: 'big-1', source_id: 'big', dataset: 'big-figures', kind: 'press-release', url: 'https://example.org/b.txt', sha256, content_revision: 1,
      content_type: 'text/plain; charset=utf-8', bytes: body.length, raw_key: 'raw/b.txt', title: '', published: '2025-11-07', fetched_at: '2025-11-07T06:00:00Z', state: 'fetched', attempts: 0, warnings: [],
    };
    await ports.blobs.putImmutable(release.raw_key, new TextEncoder().encode(body), { contentType: release.content_type });
    await ports.ledger.recordFetched(release);
    let calls = 0;
    const store: ObservationStore = {
      // First invocation: time runs out after part of the rows; second: the rest.
      applyRelease: async (_d, _r, drafts, options) => (++calls === 1 && options?.hasTime ? { added: 1, revised: 0, unchanged: 0, removed: 0, incomplete: true } : { added: drafts.length - 1, revised: 0, unchanged: 1, removed: 0 }),
      scan: async function* () {},
      scanRevisions: async function* () {},
      get: async () => [],
    };
    const source = SourceConfig.parse({ id: 'big', kind: 'press-release', dataset: 'big-figures', discovery: { type: 'urls', urls: [release.url] }, politeness: { max_attempts: 1 } });
    const deps = { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: { info: () => undefined, warn: () => undefined, error: () => undefined }, hasTime: () => true };
    const request = { source_id: 'big', release_id: 'big-1', sha256 };

    expect(await normalizeRelease(request, source, deps)).toMatchObject({ status: 'continued', added: 1, incomplete: true });
    // With max_attempts 1, a counted attempt would quarantine it now: progress is not a failure.
    expect(await ports.ledger.get('big-1')).toMatchObject({ state: 'fetched', attempts: 0 });
    expect(await normalizeRelease(request, source, deps)).toMatchObject({ status: 'normalized' });
    expect(await ports.ledger.get('big-1')).toMatchObject({ state: 'normalized', attempts: 1 });
  });
});
