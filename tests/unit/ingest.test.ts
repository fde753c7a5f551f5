/**
 * The ingest use case end to end in one process: the real HTTP fetcher against real servers on
 * 127.0.0.1 that misbehave in every way the issue lists, and in-memory stores that count writes.
 * Each scenario checks that the run returns, records its outcome with a reason naming the source
 * and release, loses and duplicates nothing, and that the next run picks up what is pending.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpSourceFetcher } from '../../functions/adapters/http-fetcher.js';
import { SourceConfig, type SourceConfigInput } from '../../functions/core/contract.js';
import { releaseId } from '../../functions/core/identity.js';
import { backoffMs, ingestSources, REQUEUE_FETCHED_AFTER_MS, type IngestDeps } from '../../functions/core/ingest/ingest-sources.js';
import { memoryPorts } from '../support/memory-ports.js';
import { document, hang, redirect, rss, startTestServer, status, trickle, type Route, type TestServer } from '../support/test-http.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(routes: Record<string, Route> = {}): Promise<TestServer> {
  const s = await startTestServer(routes);
  servers.push(s);
  return s;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const FAST = { timeout_ms: 300, min_interval_ms: 0, retries: 0, backoff_ms: 10, max_attempts: 3 };

/** A source config with small timeouts, local so that 127.0.0.1 may be reached. */
function source(id: string, discovery: SourceConfigInput['discovery'], extra: Partial<SourceConfigInput> = {}): SourceConfig {
  return SourceConfig.parse({ id, kind: 'press-release', dataset: `${id}-figures`, discovery, local: true, ...extra, politeness: { ...FAST, ...extra.politeness } });
}

/** Memory ports, a fixed clock, recorded waits and log lines, the real fetcher. */
function harness(start = '2025-11-15T06:00:00Z') {
  const ports = memoryPorts();
  let now = new Date(start);
  const waits: number[] = [];
  const logs: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => void logs.push({ level, message, fields });
  const deps: IngestDeps = {
    fetcher: new HttpSourceFetcher(),
    ...ports,
    clock: { now: () => now },
    logger: { info: log('info'), warn: log('warn'), error: log('error') },
    wait: async (ms) => void waits.push(ms),
    random: () => 0.5,
  };
  return {
    ...ports,
    deps,
    waits,
    logs,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    run: (sources: SourceConfig[]) => ingestSources(sources, deps),
    /** Everything stored, to prove a run lost or changed nothing. */
    snapshot: () => JSON.stringify({ objects: [...ports.blobs.objects.entries()].map(([k, v]) => [k, Buffer.from(v.body).toString('base64')]), ledger: [...ports.ledger.releases.entries()], states: [...ports.sourceStates.states.entries()] }),
  };
}

const TXT = 'text/plain; charset=utf-8';
const RSS = 'application/rss+xml';

describe('polling a feed', () => {
  it('archives each new release once, then an unchanged feed costs one conditional request and no write', async () => {
    const s = await server({
      '/r/a.txt': document('release A', TXT),
      '/r/b.html': document('<p>release B</p>', 'text/html'),
    });
    s.routes.set('/feed.xml', document(rss([{ link: `${s.baseUrl}/r/a.txt`, title: 'A', date: 'Fri, 07 Nov 2025 03:00:00 GMT' }, { link: 'r/b.html', title: 'B', date: 'Wed, 12 Nov 2025 06:00:00 GMT' }]), RSS));
    const h = harness();
    const src = source('news', { type: 'feed', url: `${s.baseUrl}/feed.xml` });

    const first = await h.run([src]);
    expect(first.sources[0]).toMatchObject({ status: 'ok', requests: 3, new_releases: 2, revised_releases: 0, failures: [] });
    const idA = releaseId('news', `${s.baseUrl}/r/a.txt`);
    expect(await h.blobs.list('raw/')).toEqual([`raw/news/2025/11/${idA}/${sha('release A')}.txt`, `raw/news/2025/11/${releaseId('news', `${s.baseUrl}/r/b.html`)}/${sha('<p>release B</p>')}.html`].sort());
    const stored = h.blobs.objects.get(`raw/news/2025/11/${idA}/${sha('release A')}.txt`)!;
    expect(new TextDecoder().decode(stored.body)).toBe('release A');
    expect(stored.meta).toMatchObject({ contentType: TXT, metadata: { 'source-url': `${s.baseUrl}/r/a.txt`, 'fetched-at': '2025-11-15T06:00:00.000Z', etag: expect.stringMatching(/^"/), 'content-type': TXT } });
    expect(await h.ledger.get(idA)).toMatchObject({ state: 'fetched', sha256: sha('release A'), content_revision: 1, published: '2025-11-07', title: 'A', attempts: 0 });
    expect(h.queue.drain()).toEqual([
      { source_id: 'news', release_id: idA, sha256: sha('release A') },
      { source_id: 'news', release_id: releaseId('news', `${s.baseUrl}/r/b.html`), sha256: sha('<p>release B</p>') },
    ]);
    // 2 objects + 2 ledger items + 2 messages + 2 source states (progress saved after A, then the feed committed)
    expect(first.sources[0].writes).toBe(8);
    expect(h.writes()).toBe(8);
    // The run's totals add up its sources' counts.
    expect(first).toMatchObject({ requests: 3, writes: 8, new_releases: 2, revised_releases: 0, delayed_sources: [] });

    const writesBefore = h.writes();
    const requestsBefore = s.requests.length;
    const idle = await h.run([src]);
    expect(idle.sources[0]).toMatchObject({ status: 'not-modified', requests: 1, writes: 0, new_releases: 0 });
    expect(h.writes()).toBe(writesBefore);
    expect(s.requests.slice(requestsBefore).map((r) => [r.path, r.headers['if-none-match'] !== undefined])).toEqual([['/feed.xml', true]]);
  });

  it('costs one request and no write when the server ignores validators and sends the same feed again', async () => {
    const body = rss([{ link: '/r/a.txt', title: 'A' }]);
    const s = await server({ '/feed.xml': (_req, res) => void res.writeHead(200, { 'content-type': RSS }).end(body), '/r/a.txt': document('A', TXT) });
    const h = harness();
    const src = source('no-validators', { type: 'feed', url: `${s.baseUrl}/feed.xml` });
    await h.run([src]);
    const writes = h.writes();
    const idle = await h.run([src]);
    expect(idle.sources[0]).toMatchObject({ status: 'not-modified', requests: 1, writes: 0 });
    expect(h.writes()).toBe(writes);
  });

  it('reads JSON indexes and HTML listings through the same discovery code', async () => {
    const s = await server({
      '/index.json': document(JSON.stringify({ data: { releases: [{ url: '/r/1.txt', title: 'One', published: '2025-10-14' }] } }), 'application/json'),
      '/list.html': document('<ul><li><a href="/stats/2.html">Table 2</a></li><li><a href="/about">About</a></li></ul>', 'text/html'),
      '/r/1.txt': document('one', TXT),
      '/stats/2.html': document('<table></table>', 'text/html'),
    });
    const h = harness();
    const summary = await h.run([
      source('json-src', { type: 'json-index', url: `${s.baseUrl}/index.json`, items_path: 'data.releases' }),
      source('list-src', { type: 'html-listing', url: `${s.baseUrl}/list.html`, link_pattern: '/stats/\\d+\\.html$' }, { kind: 'statistical-table' }),
    ]);
    expect(summary.sources.map((x) => [x.source_id, x.status, x.new_releases])).toEqual([['json-src', 'ok', 1], ['list-src', 'ok', 1]]);
    expect(await h.ledger.get(releaseId('list-src', `${s.baseUrl}/stats/2.html`))).toMatchObject({ kind: 'statistical-table', title: 'Table 2' });
  });
});

describe('a feed that fails', () => {
  it('answering 500: re-tried with back-off and jitter, recorded with a reason, nothing written; the next run picks up', async () => {
    const s = await server({ '/feed.xml': status(500), '/r/a.txt': document('A', TXT) });
    const h = harness();
    const src = source('flaky', { type: 'feed', url: `${s.baseUrl}/feed.xml` }, { politeness: { retries: 2, backoff_ms: 100, min_interval_ms: 20 } });
    const run = await h.run([src]);
    expect(run.sources[0]).toMatchObject({ status: 'failed', requests: 3, writes: 0 });
    expect(run.sources[0].failures).toEqual([`source flaky: index ${s.baseUrl}/feed.xml: HTTP 500 from ${s.baseUrl}/feed.xml (after 3 attempts)`]);
    expect(h.waits).toEqual([backoffMs(1, 100, () => 0.5), backoffMs(2, 100, () => 0.5)]);
    expect(h.waits).toEqual([75, 150]);
    expect(h.writes()).toBe(0);

    s.routes.set('/feed.xml', document(rss([{ link: '/r/a.txt', title: 'A' }]), RSS));
    const next = await h.run([src]);
    expect(next.sources[0]).toMatchObject({ status: 'ok', new_releases: 1 });
  });

  it('honours Retry-After on 429 (capped), and never re-tries a 404', async () => {
    const s = await server({ '/busy.xml': status(429, { 'retry-after': '7' }), '/gone.xml': status(404) });
    const h = harness();
    const run = await h.run([
      source('busy', { type: 'feed', url: `${s.baseUrl}/busy.xml` }, { politeness: { retries: 1 } }),
      source('gone', { type: 'feed', url: `${s.baseUrl}/gone.xml` }, { politeness: { retries: 3 } }),
    ]);
    expect(h.waits).toEqual([7000]);
    expect(run.sources.map((x) => x.requests)).toEqual([2, 1]);
    expect(run.requests).toBe(3);
    expect(run.sources[1].failures[0]).toMatch(/^source gone: index .*HTTP 404/);
  });

  it('that never answers ends at the timeout, in bounded attempts', async () => {
    const s = await server({ '/feed.xml': hang });
    const h = harness();
    const run = await h.run([source('hung', { type: 'feed', url: `${s.baseUrl}/feed.xml` }, { politeness: { retries: 1 } })]);
    expect(run.sources[0]).toMatchObject({ status: 'failed', requests: 2, writes: 0 });
    expect(run.sources[0].failures[0]).toMatch(/^source hung: index .*timed out after 300 ms .*\(after 2 attempts\)$/);
  });

  it('bigger than the size limit is refused with a reason and not re-tried', async () => {
    const s = await server({ '/feed.xml': document(rss(Array.from({ length: 50 }, (_, i) => ({ link: `/r/${i}.txt`, title: `release ${i}` }))), RSS) });
    const h = harness();
    const run = await h.run([source('huge', { type: 'feed', url: `${s.baseUrl}/feed.xml` }, { politeness: { max_bytes: 500, retries: 2 } })]);
    expect(run.sources[0]).toMatchObject({ status: 'failed', requests: 1, writes: 0 });
    expect(run.sources[0].failures[0]).toMatch(/^source huge: index .*exceeds the limit of 500/);
  });

  it('on a private address is refused before any request when the source is not marked local', async () => {
    const s = await server({ '/feed.xml': document(rss([]), RSS) });
    const h = harness();
    const run = await h.run([source('not-local', { type: 'feed', url: `${s.baseUrl}/feed.xml` }, { local: false })]);
    expect(run.sources[0].failures[0]).toMatch(/^source not-local: index .*refused: 127\.0\.0\.1 is a private or loopback address/);
    expect(s.requests).toEqual([]);
    expect(h.writes()).toBe(0);
  });

  it.each([
    ['malformed XML', 'feed' as const, '<rss><channel><item><title>A</title></channel>', RSS, /feed is not well-formed XML/],
    ['malformed JSON', 'json-index' as const, '{"releases": [', 'application/json', /index is not valid JSON/],
    ['HTML without release links', 'html-listing' as const, '<html><body><h1>Site maintenance</h1>', 'text/html', /listing has no link matching/],
    ['a feed served as HTML', 'feed' as const, '<html></html>', 'text/html', /media type text\/html, expected one of application\/rss\+xml/],
  ])('with %s: reason recorded, nothing stored lost or changed, the next run picks up once fixed', async (_name, type, broken, contentType, reason) => {
    const good = type === 'feed' ? rss([{ link: '/r/a.txt', title: 'A' }]) : type === 'json-index' ? JSON.stringify({ releases: [{ url: '/r/a.txt' }] }) : '<a href="/r/a.txt">A</a>';
    const goodType = type === 'feed' ? RSS : type === 'json-index' ? 'application/json' : 'text/html';
    const s = await server({ '/index': document(good, goodType), '/r/a.txt': document('A', TXT), '/r/b.txt': document('B', TXT) });
    const discovery = type === 'html-listing' ? { type, url: `${s.baseUrl}/index`, link_pattern: '/r/' } : type === 'json-index' ? { type, url: `${s.baseUrl}/index`, items_path: 'releases' } : { type, url: `${s.baseUrl}/index` };
    const src = source('broken', discovery);
    const h = harness();
    await h.run([src]);
    const before = h.snapshot();

    s.routes.set('/index', document(broken, contentType));
    const run = await h.run([src]);
    expect(run.sources[0]).toMatchObject({ status: 'failed', writes: 0 });
    expect(run.sources[0].failures[0]).toMatch(new RegExp(`^source broken: index ${s.baseUrl}/index: .*`));
    expect(run.sources[0].failures[0]).toMatch(reason);
    expect(h.snapshot()).toBe(before);

    const fixed = type === 'feed' ? rss([{ link: '/r/a.txt', title: 'A' }, { link: '/r/b.txt', title: 'B' }]) : type === 'json-index' ? JSON.stringify({ releases: [{ url: '/r/a.txt' }, { url: '/r/b.txt' }] }) : '<a href="/r/a.txt">A</a><a href="/r/b.txt">B</a>';
    s.routes.set('/index', document(fixed, goodType));
    const next = await h.run([src]);
    expect(next.sources[0]).toMatchObject({ status: 'ok', new_releases: 1 });
    expect((await h.blobs.list('raw/broken/')).length).toBe(2);
  });
});

describe('a release that fails', () => {
  it('trickling forever: recorded as failed (with reason and attempts) without content, retried next run although the feed is unchanged', async () => {
    const s = await server({ '/r/slow.html': trickle('text/html', 20), '/r/ok.txt': document('fine', TXT) });
    s.routes.set('/feed.xml', document(rss([{ link: '/r/slow.html', title: 'Slow', date: 'Mon, 10 Nov 2025 00:00:00 GMT' }, { link: '/r/ok.txt', title: 'Fine' }]), RSS));
    const h = harness();
    const src = source('slowpoke', { type: 'feed', url: `${s.baseUrl}/feed.xml` });
    const id = releaseId('slowpoke', `${s.baseUrl}/r/slow.html`);

    const run = await h.run([src]);
    expect(run.sources[0]).toMatchObject({ status: 'partial', new_releases: 1 });
    expect(run.sources[0].failures).toEqual([`source slowpoke: release ${id} (${s.baseUrl}/r/slow.html): timed out after 300 ms (${s.baseUrl}/r/slow.html)`]);
    expect(await h.ledger.list({ state: 'failed', sourceId: 'slowpoke' })).toEqual([
      expect.objectContaining({ release_id: id, sha256: '', content_revision: 0, raw_key: '', attempts: 1, title: 'Slow', published: '2025-11-10', reason: run.sources[0].failures[0] }),
    ]);
    expect((await h.blobs.list('raw/')).some((k) => k.includes(id))).toBe(false);
    expect(h.queue.drain().map((m) => m.release_id)).not.toContain(id);

    s.routes.set('/r/slow.html', document('<p>finally</p>', 'text/html'));
    const next = await h.run([src]);
    expect(next.sources[0]).toMatchObject({ status: 'ok', requests: 2, new_releases: 1 });
    expect(s.requests.slice(-2).map((r) => r.path)).toEqual(['/feed.xml', '/r/slow.html']);
    expect(await h.ledger.get(id)).toMatchObject({ state: 'fetched', sha256: sha('<p>finally</p>'), content_revision: 1, attempts: 0, published: '2025-11-10' });
    expect(h.queue.drain()).toEqual([{ source_id: 'slowpoke', release_id: id, sha256: sha('<p>finally</p>') }]);
  });

  it('failing every run is quarantined after max_attempts and then left alone', async () => {
    const s = await server({ '/r/missing.txt': status(404) });
    s.routes.set('/feed.xml', document(rss([{ link: '/r/missing.txt', title: 'Missing' }]), RSS));
    const h = harness();
    const src = source('dead-link', { type: 'feed', url: `${s.baseUrl}/feed.xml` }, { politeness: { max_attempts: 2 } });
    const id = releaseId('dead-link', `${s.baseUrl}/r/missing.txt`);
    await h.run([src]);
    expect(await h.ledger.get(id)).toMatchObject({ state: 'failed', attempts: 1 });
    await h.run([src]);
    expect(await h.ledger.get(id)).toMatchObject({ state: 'quarantined', attempts: 2, reason: expect.stringMatching(/^source dead-link: release .*HTTP 404/) });
    const writes = h.writes();
    const third = await h.run([src]);
    expect(third.sources[0]).toMatchObject({ requests: 1, writes: 0 });
    expect(h.writes()).toBe(writes);
  });

  it('served as an image is refused with the media type in the reason', async () => {
    const s = await server({ '/r/chart.png': document(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png') });
    s.routes.set('/feed.xml', document(rss([{ link: '/r/chart.png', title: 'Chart' }]), RSS));
    const h = harness();
    const run = await h.run([source('pictures', { type: 'feed', url: `${s.baseUrl}/feed.xml` })]);
    expect(run.sources[0].failures[0]).toMatch(/^source pictures: release pictures-[0-9a-f]{16} \(.*chart\.png\): refused: .* media type image\/png/);
    expect(await h.blobs.list('raw/')).toEqual([]);
  });

  it('too big is refused with a reason, without archiving a truncated body', async () => {
    const s = await server({ '/r/big.txt': document('z'.repeat(5000), TXT) });
    s.routes.set('/feed.xml', document(rss([{ link: '/r/big.txt', title: 'Big' }]), RSS));
    const h = harness();
    const run = await h.run([source('bulky', { type: 'feed', url: `${s.baseUrl}/feed.xml` }, { politeness: { max_bytes: 1000 } })]);
    expect(run.sources[0].failures[0]).toMatch(/^source bulky: release .*big\.txt\): refused: body of 5000 bytes .* exceeds the limit of 1000/);
    expect(await h.blobs.list('raw/')).toEqual([]);
  });

  it('redirecting to a host not in allowed_hosts is refused without contacting that host', async () => {
    const elsewhere = await server({ '/r/x.txt': document('elsewhere', TXT) });
    const s = await server({ '/r/moved.txt': redirect(`${elsewhere.baseUrl}/r/x.txt`) });
    s.routes.set('/feed.xml', document(rss([{ link: '/r/moved.txt', title: 'Moved' }]), RSS));
    const h = harness();
    const run = await h.run([source('redirector', { type: 'feed', url: `${s.baseUrl}/feed.xml` }, { allowed_hosts: [s.host] })]);
    expect(run.sources[0].failures[0]).toMatch(new RegExp(`^source redirector: release redirector-[0-9a-f]{16} \\(${s.baseUrl}/r/moved.txt\\): refused: ${elsewhere.host} is not an allowed host`));
    expect(elsewhere.requests).toEqual([]);
  });
});

describe('revisions', () => {
  it('a fixed URL whose content changed becomes the next content revision; the old bytes stay archived', async () => {
    const s = await server({ '/t/table.html': document('<table>v1</table>', 'text/html', 'Mon, 10 Nov 2025 08:00:00 GMT') });
    const h = harness();
    const src = source('tables', { type: 'urls', urls: [`${s.baseUrl}/t/table.html`] }, { kind: 'statistical-table' });
    const id = releaseId('tables', `${s.baseUrl}/t/table.html`);
    await h.run([src]);
    for (const m of h.queue.drain()) await h.ledger.markNormalized(m.release_id, m.sha256, []);

    s.routes.set('/t/table.html', document('<table>v2</table>', 'text/html', 'Thu, 20 Nov 2025 08:00:00 GMT'));
    h.advance(86_400_000);
    const run = await h.run([src]);
    expect(run.sources[0]).toMatchObject({ requests: 1, new_releases: 0, revised_releases: 1 });
    expect(run).toMatchObject({ requests: 1, new_releases: 0, revised_releases: 1 });
    expect(s.requests.at(-1)!.headers['if-none-match']).toBeDefined();
    expect(await h.ledger.get(id)).toMatchObject({ release_id: id, sha256: sha('<table>v2</table>'), content_revision: 2, state: 'fetched', published: '2025-11-20' });
    expect(await h.blobs.list(`raw/tables/`)).toEqual([`raw/tables/2025/11/${id}/${sha('<table>v1</table>')}.html`, `raw/tables/2025/11/${id}/${sha('<table>v2</table>')}.html`].sort());
    expect(new TextDecoder().decode((await h.blobs.get(`raw/tables/2025/11/${id}/${sha('<table>v1</table>')}.html`))!)).toBe('<table>v1</table>');
    expect(h.queue.drain()).toEqual([{ source_id: 'tables', release_id: id, sha256: sha('<table>v2</table>') }]);

    const writes = h.writes();
    const idle = await h.run([src]);
    expect(idle.sources[0]).toMatchObject({ requests: 1, writes: 0, status: 'not-modified' });
    expect(h.writes()).toBe(writes);
  });

  it('a feed entry whose updated stamp changed is re-checked; an untouched entry is not re-requested', async () => {
    const s = await server({ '/r/a.txt': document('A v1', TXT), '/r/b.txt': document('B v1', TXT), '/r/c.txt': document('C', TXT) });
    const feed = (updatedA: string, withC: boolean) =>
      document(rss([{ link: '/r/a.txt', title: 'A', date: 'Fri, 07 Nov 2025 03:00:00 GMT', updated: updatedA }, { link: '/r/b.txt', title: 'B', date: 'Fri, 07 Nov 2025 04:00:00 GMT' }, ...(withC ? [{ link: '/r/c.txt', title: 'C' }] : [])]), RSS);
    s.routes.set('/feed.xml', feed('2025-11-07T03:00:00Z', false));
    const h = harness();
    const src = source('revising', { type: 'feed', url: `${s.baseUrl}/feed.xml` });
    await h.run([src]);

    s.routes.set('/r/a.txt', document('A v2 (corrected)', TXT));
    s.routes.set('/r/b.txt', document('B v2 silently', TXT));
    s.routes.set('/feed.xml', feed('2025-11-14T09:00:00Z', true));
    const requestsBefore = s.requests.length;
    const run = await h.run([src]);
    expect(run.sources[0]).toMatchObject({ new_releases: 1, revised_releases: 1, requests: 3 });
    expect(s.requests.slice(requestsBefore).map((r) => r.path)).toEqual(['/feed.xml', '/r/a.txt', '/r/c.txt']);
    expect(await h.ledger.get(releaseId('revising', `${s.baseUrl}/r/a.txt`))).toMatchObject({ content_revision: 2, sha256: sha('A v2 (corrected)'), published: '2025-11-07' });
    expect(await h.ledger.get(releaseId('revising', `${s.baseUrl}/r/b.txt`))).toMatchObject({ content_revision: 1, sha256: sha('B v1') });
  });

  it('a failed re-check leaves the feed uncommitted, so the next run asks again and gets the revision', async () => {
    const s = await server({ '/r/a.txt': document('A v1', TXT) });
    s.routes.set('/feed.xml', document(rss([{ link: '/r/a.txt', title: 'A', updated: '1' }]), RSS));
    const h = harness();
    const src = source('recheck', { type: 'feed', url: `${s.baseUrl}/feed.xml` });
    await h.run([src]);
    const committed = (await h.sourceStates.get('recheck')).etag;

    s.routes.set('/feed.xml', document(rss([{ link: '/r/a.txt', title: 'A', updated: '2' }]), RSS));
    s.routes.set('/r/a.txt', status(503));
    const failing = await h.run([src]);
    expect(failing.sources[0]).toMatchObject({ status: 'partial', revised_releases: 0 });
    expect(failing.sources[0].failures[0]).toMatch(/^source recheck: release recheck-[0-9a-f]{16} \(.*\/r\/a\.txt\): HTTP 503/);
    expect((await h.sourceStates.get('recheck')).etag).toBe(committed);
    expect(await h.ledger.get(releaseId('recheck', `${s.baseUrl}/r/a.txt`))).toMatchObject({ state: 'fetched', sha256: sha('A v1') });

    s.routes.set('/r/a.txt', document('A v2', TXT));
    const next = await h.run([src]);
    expect(next.sources[0]).toMatchObject({ status: 'ok', revised_releases: 1 });
    expect((await h.sourceStates.get('recheck')).etag).not.toBe(committed);
  });

  it('the same release listed twice (also under another form of its URL) is fetched, archived and queued once', async () => {
    const s = await server({ '/r/a.txt': document('A', TXT) });
    s.routes.set('/feed.xml', document(rss([{ link: '/r/a.txt', title: 'A' }, { link: '/r/a.txt', title: 'A again' }, { link: `${s.baseUrl}/r/a.txt#section`, title: 'A anchor' }]), RSS));
    const h = harness();
    const run = await h.run([source('twice', { type: 'feed', url: `${s.baseUrl}/feed.xml` })]);
    expect(run.sources[0]).toMatchObject({ new_releases: 1, requests: 2 });
    expect(s.count('/r/a.txt')).toBe(1);
    expect(await h.blobs.list('raw/')).toHaveLength(1);
    expect(h.queue.messages).toHaveLength(1);
    expect(await h.ledger.list({ sourceId: 'twice' })).toHaveLength(1);
  });
});

describe('pending normalization', () => {
  it('hands releases whose normalization failed to normalize again, and those stuck in fetched after an hour', async () => {
    const s = await server({ '/r/a.txt': document('A', TXT), '/r/b.txt': document('B', TXT) });
    s.routes.set('/feed.xml', document(rss([{ link: '/r/a.txt', title: 'A' }, { link: '/r/b.txt', title: 'B' }]), RSS));
    const h = harness();
    const src = source('pending', { type: 'feed', url: `${s.baseUrl}/feed.xml` });
    await h.run([src]);
    const [a, b] = h.queue.drain();
    await h.ledger.markFailed(a.release_id, a.sha256, 'extractor rejected it', 3);

    const soon = await h.run([src]);
    expect(soon.sources[0]).toMatchObject({ retried_releases: 1, requests: 1 });
    expect(h.queue.drain()).toEqual([a]);

    h.advance(REQUEUE_FETCHED_AFTER_MS + 1000);
    const later = await h.run([src]);
    expect(later.sources[0].retried_releases).toBe(2);
    expect(h.queue.drain()).toEqual([a, b]);
  });
});

describe('freshness and metrics', () => {
  it('reports a source overdue beyond its grace period as delayed, in the summary and as an EMF metric line', async () => {
    const s = await server({ '/r/sept.txt': document('September trade', TXT) });
    s.routes.set('/feed.xml', document(rss([{ link: '/r/sept.txt', title: 'September', date: 'Mon, 13 Oct 2025 02:00:00 GMT' }]), RSS));
    const h = harness('2025-12-05T00:00:00Z');
    const src = source('late', { type: 'feed', url: `${s.baseUrl}/feed.xml` }, { cadence: { every: 'month', day_from: 10, day_to: 20, grace_days: 7 } });
    const run = await h.run([src]);
    expect(run.sources[0].freshness).toEqual({ source_id: 'late', status: 'delayed', last_release: '2025-10-13', next_window_start: '2025-11-10', next_due_by: '2025-11-20', delayed_after: '2025-11-27', days_overdue: 15 });
    expect(run.delayed_sources).toEqual(['late']);
    const metrics = h.logs.find((l) => l.fields?._aws)!;
    expect(metrics.fields).toMatchObject({
      _aws: { Timestamp: Date.parse('2025-12-05T00:00:00Z'), CloudWatchMetrics: [{ Namespace: 'CustomsPublisher/Ingest', Dimensions: [['SourceId'], []] }] },
      SourceId: 'late',
      SourceDelayed: 1,
      ReleasesFetched: 1,
      Requests: 2,
      FetchFailures: 0,
    });
    expect(h.logs.some((l) => l.level === 'warn' && /^source late: delayed/.test(l.message))).toBe(true);
    expect((await h.sourceStates.get('late')).latest_published).toBe('2025-10-13');
  });
});
