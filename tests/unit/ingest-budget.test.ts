/**
 * Long feeds under a run time limit (issue 14, item 1). A run is stopped hard by the Lambda
 * timeout: ingest must watch the time it has left, save each source's progress after every
 * release, and share the run between sources, so that a long feed finishes over a few runs, no
 * release is requested twice, and the sources after a long feed still run every time.
 *
 * Time is simulated: every request "costs" one second and every politeness wait its length, on a
 * counter the injected `remainingMs` reads, so the tests are exact and never sleep.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HttpSourceFetcher } from '../../functions/adapters/http-fetcher.js';
import { SourceConfig, type SourceConfigInput } from '../../functions/core/contract.js';
import { ingestSources, type IngestDeps } from '../../functions/core/ingest/ingest-sources.js';
import { RUN_RESERVE_MS } from '../../functions/core/ingest/run-budget.js';
import type { FetchRequest, FetchResult, SourceFetcher } from '../../functions/core/ports.js';
import { memoryPorts } from '../support/memory-ports.js';
import { document, rss, startTestServer, type TestServer } from '../support/test-http.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const TXT = 'text/plain; charset=utf-8';
const REQUEST_COST_MS = 1000;
const POLITENESS = { timeout_ms: 2000, min_interval_ms: 1000, retries: 0, backoff_ms: 10, max_attempts: 3 };

function source(id: string, discovery: SourceConfigInput['discovery']): SourceConfig {
  return SourceConfig.parse({ id, kind: 'press-release', dataset: `${id}-figures`, discovery, local: true, politeness: POLITENESS });
}

/** A server with a feed of `count` releases (and one fixed page for a second source). */
async function longFeed(count: number): Promise<TestServer> {
  const s = await startTestServer({ '/page.txt': document('a fixed page', TXT) });
  servers.push(s);
  const items = Array.from({ length: count }, (_, i) => ({ link: `/r/${i}.txt`, title: `Release ${i}`, date: 'Mon, 10 Nov 2025 00:00:00 GMT' }));
  for (let i = 0; i < count; i++) s.routes.set(`/r/${i}.txt`, document(`release number ${i}`, TXT));
  s.routes.set('/feed.xml', document(rss(items), 'application/rss+xml'));
  return s;
}

/** Shared stores across runs; each run gets `budgetMs` of simulated time. */
function harness() {
  const ports = memoryPorts();
  const logs: string[] = [];
  let elapsed = 0;
  let fetchFailuresAfter = Infinity;
  const real = new HttpSourceFetcher();
  const fetcher: SourceFetcher = {
    async fetch(request: FetchRequest): Promise<FetchResult> {
      if (fetchFailuresAfter-- <= 0) return new Promise<FetchResult>(() => undefined); // the process is frozen: killed
      elapsed += REQUEST_COST_MS;
      return real.fetch(request);
    },
  };
  const deps = (budgetMs?: number): IngestDeps => ({
    fetcher,
    ...ports,
    clock: { now: () => new Date('2025-11-15T06:00:00Z') },
    logger: { info: () => undefined, warn: (m) => void logs.push(m), error: (m) => void logs.push(m) },
    wait: async (ms) => void (elapsed += ms),
    random: () => 0.5,
    remainingMs: budgetMs === undefined ? undefined : () => budgetMs - elapsed,
  });
  return {
    ...ports,
    logs,
    run(sources: SourceConfig[], budgetMs?: number) {
      elapsed = 0;
      return ingestSources(sources, deps(budgetMs));
    },
    /** A run the Lambda timeout kills after `requests` requests: it never returns. */
    async killedRun(sources: SourceConfig[], requests: number) {
      elapsed = 0;
      fetchFailuresAfter = requests;
      void ingestSources(sources, deps());
      await new Promise((resolve) => setTimeout(resolve, 300));
      fetchFailuresAfter = Infinity;
    },
  };
}

const releasePaths = (s: TestServer) => s.requests.map((r) => r.path).filter((p) => p.startsWith('/r/'));

describe('a run with a time limit', () => {
  it('finishes a 60-entry feed over several runs, requesting each release exactly once, and the next source runs every time', async () => {
    const s = await longFeed(60);
    const h = harness();
    const feed = source('long-feed', { type: 'feed', url: `${s.baseUrl}/feed.xml` });
    const page = source('fixed-page', { type: 'urls', urls: [`${s.baseUrl}/page.txt`] });
    const budget = 40_000 + RUN_RESERVE_MS; // about 20 releases per run at 2 s each

    const runs = [];
    for (let i = 0; i < 6 && (await h.ledger.list({ sourceId: 'long-feed' })).length < 60; i++) runs.push(await h.run([feed, page], budget));

    expect(runs.length).toBeGreaterThan(1);
    expect(runs.length).toBeLessThan(6);
    expect(await h.ledger.list({ state: 'fetched', sourceId: 'long-feed' })).toHaveLength(60);
    // Each release requested once over all runs: progress was kept between them.
    const paths = releasePaths(s);
    expect(paths).toHaveLength(60);
    expect(new Set(paths).size).toBe(60);
    // The fixed page after the long feed was polled in every run, not starved.
    expect(s.count('/page.txt')).toBe(runs.length);
    // Cut-short runs say so and how much is left.
    expect(runs[0].sources[0]).toMatchObject({ source_id: 'long-feed', status: 'partial', deferred_releases: expect.any(Number) });
    expect(runs[0].sources[0].deferred_releases).toBeGreaterThan(0);
    expect(h.logs.some((m) => /^source long-feed: its share of the run time was used up; \d+ releases left for the next run$/.test(m))).toBe(true);
    // The last run handled the rest and committed the feed: the next one is a single conditional request.
    const idle = await h.run([feed, page], budget);
    expect(idle.sources[0]).toMatchObject({ status: 'not-modified', requests: 1, writes: 0 });
  });

  it('gives the time a quick source leaves over to a source that was cut short', async () => {
    const s = await longFeed(30);
    const h = harness();
    const feed = source('long-feed', { type: 'feed', url: `${s.baseUrl}/feed.xml` });
    const page = source('fixed-page', { type: 'urls', urls: [`${s.baseUrl}/page.txt`] });
    // Half of 40 s for each source; the page needs 2 s, so the feed gets most of the rest in a second pass.
    const run = await h.run([feed, page], 40_000 + RUN_RESERVE_MS);
    const fetched = run.sources[0].new_releases;
    expect(fetched).toBeGreaterThan(10); // more than its fair half (10 releases) alone would allow
    expect(run.sources[1]).toMatchObject({ source_id: 'fixed-page', new_releases: 1 });
    expect(new Set(releasePaths(s)).size).toBe(releasePaths(s).length);
  });

  it('a run killed by the timeout mid-feed loses nothing: the next run starts after the last saved release', async () => {
    const s = await longFeed(12);
    const h = harness();
    const feed = source('long-feed', { type: 'feed', url: `${s.baseUrl}/feed.xml` });
    await h.killedRun([feed], 6); // the feed and 5 releases, then frozen on the 6th
    const before = releasePaths(s);
    expect(before).toHaveLength(5);

    const next = await h.run([feed]);
    expect(next.sources[0]).toMatchObject({ status: 'ok', new_releases: 7 });
    const after = releasePaths(s).slice(before.length);
    // The 5 archived before the kill are not asked again (the release being fetched when it died is).
    expect(after).toEqual(Array.from({ length: 7 }, (_, i) => `/r/${i + 5}.txt`));
    expect(await h.ledger.list({ sourceId: 'long-feed' })).toHaveLength(12);
  });

  it('without a time limit (local runs) a long feed is handled in one run', async () => {
    const s = await longFeed(25);
    const h = harness();
    const run = await h.run([source('long-feed', { type: 'feed', url: `${s.baseUrl}/feed.xml` })]);
    expect(run.sources[0]).toMatchObject({ status: 'ok', new_releases: 25, deferred_releases: 0 });
  });

  it('with more sources than one run can poll, every source is polled within a few hourly runs (none is always last)', async () => {
    const ports = memoryPorts();
    let elapsed = 0;
    const polled = new Set<string>();
    const feedOf = (i: number) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>R</title><link>https://s${i}.example.org/r.txt</link></item></channel></rss>`;
    const fetcher: SourceFetcher = {
      async fetch(request) {
        elapsed += REQUEST_COST_MS;
        const host = new URL(request.url).host;
        polled.add(host);
        const i = Number(host.slice(1).split('.')[0]);
        return request.url.endsWith('feed.xml')
          ? { status: 'ok', url: request.url, body: new TextEncoder().encode(feedOf(i)), contentType: 'application/rss+xml' }
          : { status: 'ok', url: request.url, body: new TextEncoder().encode(`release of ${host}`), contentType: 'text/plain' };
      },
    };
    const sources = Array.from({ length: 40 }, (_, i) => SourceConfig.parse({ id: `s${i}`, kind: 'press-release', dataset: 'many-figures', discovery: { type: 'feed', url: `https://s${i}.example.org/feed.xml` }, politeness: { ...POLITENESS, timeout_ms: 15_000 } }));
    let now = new Date('2025-11-15T06:00:00Z');
    const pollsPerRun: number[] = [];
    for (let run = 0; run < 3; run++) {
      elapsed = 0;
      const before = polled.size;
      // 40 sources need about 120 s; each run has 60 s.
      await ingestSources(sources, { ...ports, fetcher, clock: { now: () => now }, logger: { info: () => undefined, warn: () => undefined, error: () => undefined }, wait: async (ms) => void (elapsed += ms), random: () => 0.5, remainingMs: () => 60_000 + RUN_RESERVE_MS - elapsed });
      expect(elapsed).toBeLessThanOrEqual(60_000);
      pollsPerRun.push(polled.size - before);
      now = new Date(now.getTime() + 3_600_000);
    }
    expect(pollsPerRun[0]).toBeLessThan(40);
    expect(polled.size).toBe(40);
  });
});
