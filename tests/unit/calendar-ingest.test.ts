/**
 * A calendar drives ingest: with an injected clock, a GACC-like listing with the 2025 calendar is
 * asked on its first run, skipped between releases (no request, no write), asked every 5 minutes
 * from the announced time, and its freshness moves from "next due" to "late by N hours" to met.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HttpSourceFetcher } from '../../functions/adapters/http-fetcher.js';
import { SourceConfig } from '../../functions/core/contract.js';
import { ingestSources, type IngestDeps } from '../../functions/core/ingest/ingest-sources.js';
import { memoryPorts } from '../support/memory-ports.js';
import { document, startTestServer, type TestServer } from '../support/test-http.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const HTML = 'text/html; charset=utf-8';
const listing = (links: Array<[string, string]>) =>
  `<html><body><div class="nav">Home | Statistics</div><ul>${links.map(([href, title]) => `<li><a href="${href}">${title}</a></li>`).join('')}</ul></body></html>`;

function harness(start: string) {
  const ports = memoryPorts();
  let now = new Date(start);
  const deps: IngestDeps = {
    fetcher: new HttpSourceFetcher(),
    ...ports,
    clock: { now: () => now },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    wait: async () => undefined,
    random: () => 0.5,
  };
  return { ...ports, deps, setNow: (iso: string) => void (now = new Date(iso)) };
}

describe('ingest with a release calendar', () => {
  it('polls often around the announced time and rarely otherwise, and reports freshness from the calendar', async () => {
    server = await startTestServer({
      '/Statics/jan.html': document('<p>January table</p>', HTML, 'Mon, 13 Jan 2025 03:00:00 GMT'),
      '/Statics/mar.html': document('<p>January-February table</p>', HTML, 'Fri, 07 Mar 2025 03:10:00 GMT'),
    });
    server.routes.set('/statistics/index.html', document(listing([['/Statics/jan.html', 'Preliminary release, 1.2025']]), HTML, 'Mon, 13 Jan 2025 03:00:00 GMT'));
    const source = SourceConfig.parse({
      id: 'gacc-preliminary',
      kind: 'statistical-table',
      dataset: 'china-trade',
      discovery: { type: 'html-listing', url: `${server.baseUrl}/statistics/index.html`, link_pattern: '/Statics/[a-z]+\\.html$' },
      politeness: { min_interval_ms: 0, timeout_ms: 2000, retries: 0 },
      local: true,
      calendar: { timezone: 'Asia/Shanghai', releases: [{ kind: 'preliminary', time: '10:00', dates: ['2025-01-13', '2025-03-07', '2025-04-14'] }] },
    });
    const h = harness('2025-02-15T03:00:00Z');

    // Never polled: asked at once, January archived; next due is 7 March (no February release).
    const first = (await ingestSources([source], h.deps)).sources[0];
    expect(first).toMatchObject({ status: 'ok', requests: 2, new_releases: 1 });
    expect(first.freshness).toMatchObject({ basis: 'calendar', status: 'awaiting', next_due_by: '2025-03-07', summary: 'next due 2025-03-07 10:00 Asia/Shanghai (preliminary)' });
    expect((await h.sourceStates.get(source.id)).last_polled_at).toBe('2025-02-15T03:00:00.000Z');

    // Twelve hours later: not asked at all, nothing written; the next daily slot starts at 10:00 Beijing time.
    h.setNow('2025-02-15T15:00:00Z');
    const writesBefore = h.sourceStates.writes + h.ledger.writes + h.blobs.writes;
    const idle = (await ingestSources([source], h.deps)).sources[0];
    expect(idle).toMatchObject({ status: 'skipped', requests: 0, writes: 0, poll: { next_poll_at: '2025-02-16T01:59:00.000Z' } });
    expect(h.sourceStates.writes + h.ledger.writes + h.blobs.writes).toBe(writesBefore);
    expect(server.count('/statistics/index.html')).toBe(1);
    expect(idle.freshness.status).toBe('awaiting');

    // 7 March, 15:00 Beijing time: asked (the announced time passed), listing unchanged, late by 5 hours.
    h.setNow('2025-03-07T07:00:00Z');
    const late = (await ingestSources([source], h.deps)).sources[0];
    expect(late).toMatchObject({ status: 'not-modified', requests: 1 });
    expect(late.freshness).toMatchObject({ status: 'late', hours_late: 5, summary: 'late by 5 hours (preliminary was due 2025-03-07 10:00 Asia/Shanghai)' });

    // Outside the 4-hour window now: hourly slots, the next one from 16:00 Beijing time (a minute early counts).
    h.setNow('2025-03-07T07:30:00Z');
    expect((await ingestSources([source], h.deps)).sources[0]).toMatchObject({ status: 'skipped', requests: 0, poll: { next_poll_at: '2025-03-07T07:59:00.000Z' } });

    // The page appears; the 08:00 poll finds it and the source is no longer late.
    server.routes.set('/statistics/index.html', document(listing([['/Statics/mar.html', 'Preliminary release, 1-2.2025'], ['/Statics/jan.html', 'Preliminary release, 1.2025']]), HTML, 'Fri, 07 Mar 2025 03:10:00 GMT'));
    h.setNow('2025-03-07T08:00:00Z');
    const met = (await ingestSources([source], h.deps)).sources[0];
    expect(met).toMatchObject({ status: 'ok', new_releases: 1 });
    expect(met.freshness).toMatchObject({ status: 'awaiting', last_release: '2025-03-07', next_due_by: '2025-04-14' });
    expect(server.count('/statistics/index.html')).toBe(3);
  });

  it('asks every 5 minutes inside the window from the announced time', async () => {
    server = await startTestServer();
    server.routes.set('/statistics/index.html', document(listing([['/Statics/jan.html', 'Preliminary release, 1.2025']]), HTML));
    server.routes.set('/Statics/jan.html', document('<p>January table</p>', HTML, 'Mon, 13 Jan 2025 03:00:00 GMT'));
    const source = SourceConfig.parse({
      id: 'gacc-preliminary',
      kind: 'statistical-table',
      dataset: 'china-trade',
      discovery: { type: 'html-listing', url: `${server.baseUrl}/statistics/index.html`, link_pattern: '/Statics/' },
      politeness: { min_interval_ms: 0, timeout_ms: 2000, retries: 0 },
      local: true,
      calendar: { timezone: 'Asia/Shanghai', releases: [{ kind: 'preliminary', time: '10:00', dates: ['2025-03-07'] }] },
    });
    const h = harness('2025-03-07T02:00:00Z');
    const polled: string[] = [];
    for (let minute = 0; minute <= 15; minute++) {
      h.setNow(new Date(Date.parse('2025-03-07T02:00:00Z') + minute * 60_000).toISOString());
      const run = (await ingestSources([source], h.deps)).sources[0];
      if (run.status !== 'skipped') polled.push(`02:${String(minute).padStart(2, '0')}`);
    }
    expect(polled).toEqual(['02:00', '02:04', '02:09', '02:14']);
  });
});

describe('disabled sources', () => {
  it('are not asked at all and get no summary', async () => {
    server = await startTestServer({ '/feed.xml': document('<rss version="2.0"><channel><title>t</title></channel></rss>', 'application/rss+xml') });
    const base = { kind: 'press-release', dataset: 'news', discovery: { type: 'feed', url: `${server.baseUrl}/feed.xml` }, politeness: { min_interval_ms: 0, timeout_ms: 2000, retries: 0 }, local: true };
    const h = harness('2025-03-07T02:00:00Z');
    const run = await ingestSources([SourceConfig.parse({ ...base, id: 'unverified', enabled: false }), SourceConfig.parse({ ...base, id: 'verified' })], h.deps);
    expect(run.sources.map((s) => s.source_id)).toEqual(['verified']);
    expect(server.count('/feed.xml')).toBe(1);
  });
});
