/**
 * `customs-publisher sources check` against local servers whose pages mirror each discovery kind's
 * real structure: a GACC-style statistics listing (month grid linking /Statics/<uuid>.html pages),
 * a customs news feed, a JSON index, a fixed table URL, and the ways they go wrong (a redesigned
 * listing, releases the extractor rejects, links to another host, a calendar not renewed).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcesCommand, type SourceCheck } from '../../bin/commands/sources-check.js';
import { startSampleServer, type SampleServer } from '../../bin/local/sample-server.js';
import { document, rss, startTestServer, type TestServer } from '../support/test-http.js';

const sampleDir = fileURLToPath(new URL('../../bin/sample-source/', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/customs-publisher.mjs', import.meta.url));
const HTML = 'text/html; charset=utf-8';
const FAST = { min_interval_ms: 0, timeout_ms: 3000, retries: 0 };
const GACC_2025_PRELIMINARY = ['2025-01-13', '2025-03-07', '2025-04-14', '2025-05-09', '2025-06-09', '2025-07-14', '2025-08-07', '2025-09-08', '2025-10-13', '2025-11-07', '2025-12-08'];

let sample: SampleServer;
let other: TestServer;
let sourcesFile: string;

/** A table page in the customs-regime layout that has lost its unit line (the extractor must reject it, never guess). */
const tableWithoutUnit = (month: number) => `<html><body><table>
<tr><td colspan="3">(5) Imports and Exports by Customs Regime, ${month}.2025</td></tr>
<tr><td rowspan="2">Customs Regime</td><td colspan="2">Exports</td></tr>
<tr><td>${month}</td><td>1 to ${month}</td></tr>
<tr><td>TOTAL</td><td>1,200</td><td>9,900</td></tr>
<tr><td>Other</td><td>1,200</td><td>9,900</td></tr>
</table></body></html>`;

beforeAll(async () => {
  sample = await startSampleServer(sampleDir);
  other = await startTestServer({
    '/api/releases.json': document(JSON.stringify({ data: { items: [
      { url: '/news/2025/port-traffic.txt', title: 'Port freight in the first ten months', published: '2025-11-14' },
      { url: '/news/2025/older.txt', title: 'Port freight in the third quarter', published: '2025-10-16' },
    ] } }), 'application/json'),
    '/news/2025/port-traffic.txt': document('HORGOS, Nov. 14 -- Freight trains through the Horgos Port carried 12.5 million tonnes of goods in the first ten months of this year, up 8.1 percent year on year, the local customs said.\n', 'text/plain; charset=utf-8'),
    '/news/2025/older.txt': document('HORGOS, Oct. 16 -- The port handled 1,830 freight trains in the first three quarters of this year, the local customs said.\n', 'text/plain; charset=utf-8'),
    // A listing after a redesign: the month links moved to a new path the pattern does not know.
    '/statistics/redesigned.html': document('<html><body><a href="/">Home</a> <a href="/data/2025/11/table-5.html">11</a> <a href="/data/2025/10/table-5.html">10</a></body></html>', HTML),
    '/tables/feed.xml': document(rss([{ link: '/tables/nov.html', title: 'Table 5, 11.2025', date: 'Mon, 08 Dec 2025 02:30:00 GMT' }, { link: '/tables/oct.html', title: 'Table 5, 10.2025', date: 'Fri, 07 Nov 2025 02:30:00 GMT' }]), 'application/rss+xml'),
    '/tables/nov.html': document(tableWithoutUnit(11), HTML),
    '/tables/oct.html': document(tableWithoutUnit(10), HTML),
    '/offsite/feed.xml': document(rss([{ link: 'https://mirror.example.org/news/trade.html', title: 'Trade in November', date: 'Mon, 08 Dec 2025 02:30:00 GMT' }]), 'application/rss+xml'),
  });
  const at = (path: string) => `${sample.baseUrl}${path}`;
  const sources = [
    { id: 'gacc-statistics', kind: 'statistical-table', dataset: 'china-trade', discovery: { type: 'html-listing', url: at('/statistics/index.html'), link_pattern: '/Statics/[0-9a-f-]{36}\\.html$' }, local: true, politeness: FAST,
      calendar: { timezone: 'Asia/Shanghai', releases: [{ kind: 'preliminary', time: '10:00', dates: GACC_2025_PRELIMINARY }] } },
    { id: 'customs-news', kind: 'press-release', dataset: 'news-figures', discovery: { type: 'feed', url: at('/feed.xml') }, local: true, politeness: FAST },
    { id: 'gacc-table', kind: 'statistical-table', dataset: 'china-trade', discovery: { type: 'urls', urls: [at('/tables/customs-regime-2025-10.html')] }, local: true, politeness: FAST, cadence: { every: 'month', day_from: 7, day_to: 20 } },
    { id: 'port-index', kind: 'press-release', dataset: 'port-figures', discovery: { type: 'json-index', url: `${other.baseUrl}/api/releases.json`, items_path: 'data.items' }, local: true, politeness: FAST },
    { id: 'redesigned', kind: 'statistical-table', dataset: 'china-trade', discovery: { type: 'html-listing', url: `${other.baseUrl}/statistics/redesigned.html`, link_pattern: '/Statics/[0-9a-f-]{36}\\.html$' }, local: true, politeness: FAST },
    { id: 'unitless-tables', kind: 'statistical-table', dataset: 'china-trade', discovery: { type: 'feed', url: `${other.baseUrl}/tables/feed.xml` }, local: true, politeness: FAST },
    { id: 'offsite-links', kind: 'press-release', dataset: 'news-figures', discovery: { type: 'feed', url: `${other.baseUrl}/offsite/feed.xml` }, local: true, politeness: FAST, enabled: false },
  ];
  sourcesFile = join(mkdtempSync(join(tmpdir(), 'cp-sources-check-')), 'sources.json');
  writeFileSync(sourcesFile, JSON.stringify({ sources }, null, 2));
});

afterAll(async () => {
  await sample?.close();
  await other?.close();
});

/** Runs the command in-process; returns its exit code, stdout and stderr. */
async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await sourcesCommand(['check', '--file', sourcesFile, ...args], { out: (t) => void (out += t), err: (t) => void (err += `${t}\n`) });
  return { code, out, err };
}

async function checks(...args: string[]): Promise<Record<string, SourceCheck>> {
  const { out } = await run('--format', 'json', '--now', '2025-12-01T00:00:00Z', ...args);
  return Object.fromEntries((JSON.parse(out) as SourceCheck[]).map((c) => [c.source_id, c]));
}

describe('sources check on sources that work', () => {
  let found: Record<string, SourceCheck>;
  beforeAll(async () => {
    found = await checks();
  });

  it('an HTML listing: the month links matching the pattern, each page through the table extractor, the calendar\'s next date', () => {
    const c = found['gacc-statistics'];
    expect(c.index).toMatchObject({ media_type: 'text/html', bytes: readFileSync(`${sampleDir}statistics/index.html`).byteLength });
    expect(c.links_on_page).toBe(5); // the two month links, and News, Statistics (twice, one with #bulletin) and Press releases
    expect(c.entries).toBe(2);
    expect(c.sample_links.map((l) => l.url)).toEqual([`${sample.baseUrl}/Statics/3b9e7c41-5a2d-4f08-9c61-d07e2a48b1f5.html`, `${sample.baseUrl}/Statics/8f20d6aa-17c3-4e9b-b5d4-6c1a93e0f27d.html`]);
    expect(c.releases).toHaveLength(2);
    for (const r of c.releases) expect(r).toMatchObject({ media_type: 'text/html', detected_kind: 'statistical-table', rows: 24, warnings: 0 });
    expect(c.releases[0].sample_row).toBe('export | 2025-11 | 215417731000 USD | all goods | China');
    expect(c.schedule).toBe('next due 2025-12-08 10:00 Asia/Shanghai (preliminary)');
    expect(c.warnings).toEqual([]);
  });

  it('a feed: dated entries, the newest release first through the press-release extractor', () => {
    const c = found['customs-news'];
    expect(c).toMatchObject({ entries: 3, dated_entries: 3, oldest_date: '2025-10-25', newest_date: '2025-11-12', warnings: [] });
    expect(c.releases.map((r) => r.url.split('/').pop())).toEqual(['alashankou-trains.txt', 'national-october.txt', 'xinjiang-q3-trade.html']);
    expect(c.releases.map((r) => r.media_type)).toEqual(['text/plain', 'text/plain', 'text/html']);
    for (const r of c.releases) expect(r.rows).toBeGreaterThan(0);
  });

  it('a fixed table URL: no index, the page extracted, the cadence window', () => {
    const c = found['gacc-table'];
    expect(c.index).toBeUndefined();
    expect(c).toMatchObject({ discovery: 'urls', entries: 1, warnings: [] });
    expect(c.releases[0]).toMatchObject({ rows: 24, detected_kind: 'statistical-table' });
    expect(c.schedule).toMatch(/^awaiting: next release expected \d{4}-\d{2}-07 to \d{4}-\d{2}-20$/);
  });

  it('a JSON index: items found at items_path, newest by date first, --releases limiting how many are fetched', async () => {
    const olderAsked = other.count('/news/2025/older.txt');
    const c = (await checks('--source', 'port-index', '--releases', '1'))['port-index'];
    expect(c).toMatchObject({ entries: 2, newest_date: '2025-11-14', warnings: [] });
    expect(c.releases).toEqual([expect.objectContaining({ url: `${other.baseUrl}/news/2025/port-traffic.txt`, published: '2025-11-14', media_type: 'text/plain' })]);
    expect(c.releases[0].rows).toBeGreaterThan(0);
    expect(other.count('/news/2025/older.txt')).toBe(olderAsked);
  });
});

describe('sources check on sources that need a look', () => {
  let found: Record<string, SourceCheck>;
  beforeAll(async () => {
    found = await checks();
  });

  it('a redesigned listing: zero entries, and how many links the page has that the pattern misses', () => {
    expect(found.redesigned).toMatchObject({ entries: 0, links_on_page: 3, releases: [] });
    expect(found.redesigned.warnings).toEqual(['no entries: the index announces no release (3 links on the page, none matching link_pattern /Statics/[0-9a-f-]{36}\\.html$)']);
  });

  it('releases the extractor rejects: each reason, and that all of them were rejected', () => {
    const c = found['unitless-tables'];
    expect(c.releases.map((r) => r.rejected)).toEqual([expect.stringMatching(/unit/i), expect.stringMatching(/unit/i)]);
    expect(c.warnings.at(-1)).toBe('all 2 releases checked were rejected');
    expect(c.warnings[0]).toMatch(new RegExp(`^release ${other.baseUrl}/tables/nov\\.html rejected: `));
  });

  it('links outside the allowed hosts (a disabled source is checked too)', () => {
    const c = found['offsite-links'];
    expect(c.enabled).toBe(false);
    expect(c.warnings[0]).toBe(`1 of 1 entries link outside the allowed hosts (${other.host}), e.g. https://mirror.example.org/news/trade.html: ingest refuses them; add their host to allowed_hosts if they are the publisher's`);
    expect(c.releases[0].fetch_error).toMatch(/not (in|among) the allowed hosts|allowed/i);
  });

  it('a calendar whose dates have all passed: asks for the new one', async () => {
    const c = (await run('--format', 'json', '--now', '2026-02-01T00:00:00Z', '--source', 'gacc-statistics', '--releases', '0'));
    const [check] = JSON.parse(c.out) as SourceCheck[];
    expect(check.warnings).toEqual(['calendar has no date after 2025-12-08: add the publisher\'s newly announced dates (the cadence applies until then)']);
    expect(c.code).toBe(1);
  });

  it('a stale feed: the newest entry is months old', async () => {
    const c = (await checks('--source', 'customs-news', '--releases', '0', '--now', '2026-06-01T00:00:00Z'))['customs-news'];
    expect(c.warnings).toEqual(['newest entry is dated 2025-11-12, over 120 days ago: the index may be stale or moved']);
  });
});

describe('the command line', () => {
  it('prints one block per source on stdout, a count on stderr, and exits 1 when any source needs a look', async () => {
    // Asynchronous: the servers answering it live in this process.
    const result = await promisify(execFile)(process.execPath, [bin, 'sources', 'check', '--file', sourcesFile, '--releases', '1', '--now', '2025-12-01T00:00:00Z'], { encoding: 'utf8', timeout: 60_000 }).then(
      (ok) => ({ ...ok, status: 0 }),
      (failed: { stdout: string; stderr: string; code: number }) => ({ stdout: failed.stdout, stderr: failed.stderr, status: failed.code }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('7 source(s) checked, 3 with warnings');
    expect(result.stdout).toContain('gacc-statistics (statistical-table → china-trade)');
    expect(result.stdout).toContain(`  entries: 2 (of 5 links on the page), none dated`);
    expect(result.stdout).toMatch(/ {2}release http:\/\/127\.0\.0\.1:\d+\/Statics\/3b9e7c41-5a2d-4f08-9c61-d07e2a48b1f5\.html \(text\/html, \d+ bytes, published \d{4}-\d{2}-\d{2}\): 24 rows, 0 warning\(s\); e\.g\. export \| 2025-11 \|/);
    expect(result.stdout).toContain('offsite-links (press-release → news-figures, disabled)');
    expect(result.stdout).toContain('  looks right');
  });

  it('exits 0 when every chosen source looks right, and 2 on a usage error', async () => {
    expect((await run('--source', 'gacc-table', '--now', '2025-12-01T00:00:00Z')).code).toBe(0);
    const unknown = await run('--source', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no source "nope"');
    expect(await sourcesCommand(['list'], { out: () => undefined, err: () => undefined })).toBe(2);
  });
});
