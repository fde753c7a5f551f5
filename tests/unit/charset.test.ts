/**
 * Documents not in UTF-8 (issue 14, item 12): before, every feed was read as UTF-8 and a release's
 * encoding came only from the Content-Type header, so a GB2312 page declaring its charset in a
 * <meta> tag, or a GB18030 feed declaring it in its XML declaration, lost every Chinese character
 * (and often the whole release, as "not text"). The fixtures in tests/fixtures/charset are our own
 * texts (src/) encoded with iconv by make.sh. The raw archive keeps the bytes exactly.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpSourceFetcher } from '../../functions/adapters/http-fetcher.js';
import { decodeDocument } from '../../functions/core/charset.js';
import { SourceConfig, type ObservationDraft } from '../../functions/core/contract.js';
import { extractRelease } from '../../functions/core/extract/index.js';
import { ingestSources } from '../../functions/core/ingest/ingest-sources.js';
import { normalizeRelease } from '../../functions/core/normalize/normalize-release.js';
import { inProcessExtractor } from '../../functions/core/normalize/in-process-extractor.js';
import { memoryPorts, recordingStore } from '../support/memory-ports.js';
import { document, startTestServer, type TestServer } from '../support/test-http.js';

const dir = new URL('../fixtures/charset/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const source = (name: string) => readFileSync(new URL(`src/${name}`, dir), 'utf8');
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const ctx = { dataset: 'd', release_id: 'r1', source_url: 'https://example.org/r', published: '' };

describe('decoding a document by its declared encoding', () => {
  it.each([
    ['gb2312-meta.html', 'gb2312-meta.html', 'text/html', 'gbk', 'meta charset'],
    ['gbk-http-equiv.html', 'gbk-http-equiv.html', 'text/html', 'gbk', 'meta charset'],
    ['gb18030-feed.xml', 'gb18030-feed.xml', 'application/rss+xml', 'gb18030', 'XML declaration'],
    ['iso-8859-1-meta.html', 'iso-8859-1-meta.html', 'text/html', 'windows-1252', 'meta charset'],
    ['windows-1252.txt', 'windows-1252.txt', 'text/plain; charset=windows-1252', 'windows-1252', 'Content-Type header'],
    ['utf-16le-bom.txt', 'utf-16.txt', 'text/plain', 'utf-16le', 'byte order mark'],
    ['utf-16be-bom.txt', 'utf-16.txt', 'text/plain; charset=utf-8', 'utf-16be', 'byte order mark'],
  ])('%s reads as the text that was encoded', (file, original, contentType, encoding, declaredBy) => {
    const decoded = decodeDocument(bytes(file), contentType);
    expect(decoded).toMatchObject({ encoding, declaredBy, warnings: [] });
    expect(decoded.text).toBe(source(original));
  });

  it('the Content-Type header outranks the document, as in browsers', () => {
    const page = new TextEncoder().encode('<html><head><meta charset="gb2312"></head><body>Horgos – 霍尔果斯</body></html>');
    expect(decodeDocument(page, 'text/html; charset=utf-8')).toMatchObject({ encoding: 'utf-8', declaredBy: 'Content-Type header' });
    expect(decodeDocument(page, 'text/html; charset=utf-8').text).toContain('Horgos – 霍尔果斯');
  });

  it('an unknown label is skipped with a warning for the next declaration; undeclared text is UTF-8', () => {
    const decoded = decodeDocument(bytes('gb2312-meta.html'), 'text/html; charset=no-such-encoding');
    expect(decoded).toMatchObject({ encoding: 'gbk', declaredBy: 'meta charset' });
    expect(decoded.warnings).toEqual(['the Content-Type header names the character encoding "no-such-encoding", which is not a known encoding; ignored']);
    expect(decodeDocument(new TextEncoder().encode('Khorgos – 霍尔果斯'), 'text/plain')).toMatchObject({ text: 'Khorgos – 霍尔果斯', encoding: 'utf-8', declaredBy: 'default' });
  });

  it('a label servers use outside the WHATWG list (cp936) reads as the encoding it means', () => {
    expect(decodeDocument(bytes('gbk-http-equiv.html'), 'text/html; charset=cp936').text).toBe(source('gbk-http-equiv.html'));
  });

  it('an XML feed in UTF-16 without a byte order mark is recognised by how "<?" is laid out', () => {
    const feed = '<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>海关</title></channel></rss>';
    expect(decodeDocument(new Uint8Array(Buffer.from(feed, 'utf16le')), 'application/xml')).toMatchObject({ text: feed, encoding: 'utf-16le', declaredBy: 'XML declaration' });
  });

  it('a <meta> naming UTF-16 in an ASCII-readable page is read as UTF-8 (it cannot be UTF-16)', () => {
    const page = new TextEncoder().encode('<meta charset="utf-16"><p>Khorgos – 霍尔果斯</p>');
    expect(decodeDocument(page, 'text/html')).toMatchObject({ encoding: 'utf-8', text: '<meta charset="utf-16"><p>Khorgos – 霍尔果斯</p>' });
  });
});

describe('extraction reads the figures of a release in any declared encoding', () => {
  it('a windows-1252 release keeps its en dash, so "January–October" is a ten-month period', async () => {
    const ports = memoryPorts();
    const rows = await normalizeBytes(ports, bytes('windows-1252.txt'), 'text/plain; charset=windows-1252');
    const value = rows.find((r) => r.measure === 'value');
    expect(value).toMatchObject({ value: 3.4e9, unit: 'CNY', period_start: '2025-01', period_end: '2025-10', yoy_pct: 6.2 });
    expect(value?.source_quote).toContain('January–October 2025, exports through the port to Côte d’Ivoire');
  });

  it('a UTF-16 release with a byte order mark and no charset is read', async () => {
    const rows = await normalizeBytes(memoryPorts(), bytes('utf-16le-bom.txt'), 'text/plain');
    expect(rows.find((r) => r.measure === 'value')).toMatchObject({ value: 27.8e9, period_start: '2025-04', period_end: '2025-04' });
    expect(rows[0].source_quote).toContain('the province’s exports (出口)');
  });

  it('the CLI path (decodeBody then extractRelease) reads a GBK page declared by http-equiv', async () => {
    const { decodeBody } = await import('../../functions/core/normalize/normalize-release.js');
    const outcome = extractRelease(decodeBody(bytes('gbk-http-equiv.html'), 'text/html'), ctx, { kind: 'press-release', contentType: 'text/html' });
    expect(outcome.ok && outcome.rows.find((r) => r.measure === 'value')).toMatchObject({ value: 62.5e9, period_start: '2025-01', period_end: '2025-06' });
    expect(outcome.ok && outcome.rows[0].source_quote).toContain('(进出口总值)');
  });
});

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('a GB18030 feed announcing a GB2312 page, ingested and normalized', () => {
  it('archives the bytes exactly, reads the feed titles and the page text correctly', async () => {
    const s = await startTestServer({
      '/feed.xml': document(Buffer.from(bytes('gb18030-feed.xml')), 'application/rss+xml'),
      '/r/q1.html': document(Buffer.from(bytes('gb2312-meta.html')), 'text/html'),
    });
    servers.push(s);
    const ports = memoryPorts();
    const src = SourceConfig.parse({ id: 'district', kind: 'press-release', dataset: 'district-figures', discovery: { type: 'feed', url: `${s.baseUrl}/feed.xml` }, local: true, politeness: { timeout_ms: 2000, min_interval_ms: 0, retries: 0 } });
    const run = await ingestSources([src], { fetcher: new HttpSourceFetcher(), ...ports, clock: { now: () => new Date('2025-04-18T06:00:00Z') }, logger: quiet, wait: async () => undefined, random: () => 0.5 });
    expect(run.sources[0]).toMatchObject({ status: 'ok', new_releases: 1 });
    const [release] = [...ports.ledger.releases.values()];
    expect(release.title).toBe('First-quarter trade of the district (一季度进出口情况)');
    expect(release.published).toBe('2025-04-18');
    expect(ports.blobs.objects.get(release.raw_key)?.body).toEqual(bytes('gb2312-meta.html'));

    const store = recordingStore();
    const outcome = await normalizeRelease({ source_id: 'district', release_id: release.release_id, sha256: release.sha256 }, src, { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: quiet });
    expect(outcome).toMatchObject({ status: 'normalized' });
    const value = store.applied[0].find((r) => r.measure === 'value');
    expect(value).toMatchObject({ value: 41.3e9, unit: 'CNY', period_start: '2025-01', period_end: '2025-03', yoy_pct: 8.7 });
    expect(value?.source_quote).toContain('the Alataw Pass port (阿拉山口口岸)');
  });
});


/** Archives bytes as a fetched release and normalizes it; returns the rows written. */
async function normalizeBytes(ports: ReturnType<typeof memoryPorts>, body: Uint8Array, contentType: string): Promise<ObservationDraft[]> {
  const { sha256Hex } = await import('../../functions/core/identity.js');
  const sha256 = sha256Hex(body);
  const src = SourceConfig.parse({ id: 'enc', kind: 'press-release', dataset: 'enc-figures', discovery: { type: 'urls', urls: ['https://example.org/r.txt'] } });
  const raw_key = `raw/enc/2025/11/enc-0001/${sha256}.txt`;
  await ports.blobs.putImmutable(raw_key, body, { contentType });
  await ports.ledger.recordFetched({
    release_id: 'enc-0001', source_id: 'enc', dataset: 'enc-figures', kind: 'press-release', url: 'https://example.org/r.txt', sha256,
    content_revision: 1, content_type: contentType, bytes: body.length, raw_key, title: 'r', published: '2025-11-20', fetched_at: '2025-11-20T06:00:00.000Z', state: 'fetched', attempts: 0, warnings: [],
  });
  const store = recordingStore();
  const outcome = await normalizeRelease({ source_id: 'enc', release_id: 'enc-0001', sha256 }, src, { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: quiet });
  expect(outcome).toMatchObject({ status: 'normalized' });
  return store.applied[0];
}
