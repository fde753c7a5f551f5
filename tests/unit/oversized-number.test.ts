/**
 * A number too long to keep exactly (issue 14, item 12). Before, a press release's 17-digit
 * figure vanished without a word (the reader skipped digit runs over 15 digits as ids), a figure
 * with 17 significant digits was published with its last digit changed, and a table cell of
 * 12,345,678,901,234,567 (US$1,000) became 12,345,678,901,234,567,168 dollars. Now each is left
 * out with a warning naming the number and the reason, logged with the source and the release.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceConfig, type ObservationDraft } from '../../functions/core/contract.js';
import { MAX_EXACT_DIGITS, significantDigits } from '../../functions/core/extract/exact-number.js';
import { extractRelease } from '../../functions/core/extract/index.js';
import { sha256Hex } from '../../functions/core/identity.js';
import { normalizeRelease } from '../../functions/core/normalize/normalize-release.js';
import { inProcessExtractor } from '../../functions/core/normalize/in-process-extractor.js';
import type { ObservationStore } from '../../functions/core/ports.js';
import { memoryPorts } from '../support/memory-ports.js';

const ctx = { dataset: 'd', release_id: 'r1', source_url: 'https://example.org/r', published: '2025-11-20' };
const RELEASE = "In the first ten months of 2025, the port's exports reached 12,345,678,901,234,567 yuan, up 4.2 percent year on year. Imports were worth 1234567890123.4567 yuan. Re-exports came to 2.6 billion yuan.";

describe('significant digits', () => {
  it('count from the first to the last non-zero digit', () => {
    expect(significantDigits('0012.50')).toBe(3);
    expect(significantDigits('12345678901234567')).toBe(17);
    expect(significantDigits('393140000000')).toBe(5);
    expect(MAX_EXACT_DIGITS).toBe(15);
  });
});

describe('a press release with a number too long to keep exactly', () => {
  it('leaves both numbers out with a warning each, and still reads the others', () => {
    const outcome = extractRelease(RELEASE, ctx, { kind: 'press-release' });
    if (!outcome.ok) throw new Error(outcome.reason);
    const values = outcome.rows.filter((r) => r.value !== null).map((r) => r.value);
    expect(values).toEqual([2.6e9]);
    expect(outcome.warnings).toContain(
      `the number "12,345,678,901,234,567" has 17 digits, more than the 15 a figure keeps exactly; not read ("In the first ten months of 2025, the port's exports reached 12,345,678,901,234,567 yuan, up 4.2 percent year on year.")`,
    );
    expect(outcome.warnings).toContain('the number "1234567890123.4567" has 17 digits, more than the 15 a figure keeps exactly; not read ("Imports were worth 1234567890123.4567 yuan.")');
  });

  it('normalize logs the warning with the source and the release, and records it in the ledger', async () => {
    const ports = memoryPorts();
    const body = new TextEncoder().encode(RELEASE);
    const sha256 = sha256Hex(body);
    const raw_key = `raw/port/2025/11/port-0001/${sha256}.txt`;
    await ports.blobs.putImmutable(raw_key, body, { contentType: 'text/plain; charset=utf-8' });
    await ports.ledger.recordFetched({
      release_id: 'port-0001', source_id: 'port', dataset: 'port-figures', kind: 'press-release', url: 'https://example.org/r.txt', sha256, content_revision: 1,
      content_type: 'text/plain; charset=utf-8', bytes: body.length, raw_key, title: 'r', published: '2025-11-20', fetched_at: '2025-11-20T06:00:00.000Z', state: 'fetched', attempts: 0, warnings: [],
    });
    const warned: string[] = [];
    const logger = { info: () => undefined, warn: (message: string) => void warned.push(message), error: () => undefined };
    const src = SourceConfig.parse({ id: 'port', kind: 'press-release', dataset: 'port-figures', discovery: { type: 'urls', urls: ['https://example.org/r.txt'] } });
    const store: ObservationStore = { applyRelease: async (_d, _r, drafts: ObservationDraft[]) => ({ added: drafts.length, revised: 0, unchanged: 0, removed: 0 }), scan: async function* () {}, scanRevisions: async function* () {}, get: async () => [] };
    expect(await normalizeRelease({ source_id: 'port', release_id: 'port-0001', sha256 }, src, { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger })).toMatchObject({ status: 'normalized' });
    expect(warned.filter((w) => w.includes('12,345,678,901,234,567'))).toEqual([expect.stringMatching(/^source port: release port-0001: the number "12,345,678,901,234,567" has 17 digits/)]);
    expect((await ports.ledger.get('port-0001'))?.warnings.some((w) => w.includes('"1234567890123.4567" has 17 digits'))).toBe(true);
  });
});

describe('a statistical table with a cell too long to keep exactly', () => {
  const table = readFileSync(new URL('../fixtures/tables/customs-regime.txt', import.meta.url), 'utf8')
    .replace('70,000  640,000', '70,000  12,345,678,901,234,567')
    .replace('3.3 1.0 -4.2 0.0', '3.3 1.0 -4.2 0.12345678901234567');

  it('gives that cell no row, leaves an unkeepable year-on-year empty, and says why for each', () => {
    const outcome = extractRelease(table, ctx, { kind: 'statistical-table' });
    if (!outcome.ok) throw new Error(outcome.reason);
    const ordinary = outcome.rows.filter((r) => r.breakdown === 'customs regime: Ordinary Trade');
    expect(ordinary.map((r) => [r.flow, r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([
      ['export', '2021-10', '2021-10', 70_000_000, 3.3],
      ['import', '2021-10', '2021-10', 60_000_000, -4.2],
      ['import', '2021-01', '2021-10', 500_000_000, null],
    ]);
    expect(outcome.warnings).toContain('Ordinary Trade | Exports 1 to 10: the number "12,345,678,901,234,567" has 17 digits, more than the 15 a figure keeps exactly; no row');
    expect(outcome.warnings).toContain('Ordinary Trade | Imports 1 to 10: year-on-year the number "0.12345678901234567" has 17 digits, more than the 15 a figure keeps exactly; year-on-year left empty');
  });
});
