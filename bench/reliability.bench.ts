/**
 * Load cases of issue 14, as numbers (never asserted): a 100,000-entry feed and 200 sources under
 * the 10-minute ingest budget (simulated time: 1 s politeness + 200 ms per request; in-memory
 * stores, no network), hostile inputs through extraction, and a 20,000-row release written to
 * DynamoDB Local (set BENCH_LARGE_ROWS to change the size, 0 to skip; it takes minutes there).
 * Run: npm run bench -- reliability
 */
import { performance } from 'node:perf_hooks';
import { SourceConfig, type ObservationDraft } from '../functions/core/contract.js';
import { extractRelease } from '../functions/core/extract/index.js';
import { ingestSources } from '../functions/core/ingest/ingest-sources.js';
import type { FetchRequest, FetchResult } from '../functions/core/ports.js';
import { memoryPorts } from '../tests/support/memory-ports.js';

type Row = Record<string, string | number>;
const REQUEST_MS = 200;
const BUDGET_MS = 10 * 60 * 1000;

/** One simulated ingest run over `sources`; the feed at /feed-<i>.xml lists `entries[i]` releases. */
async function simulatedRun(sources: SourceConfig[], feeds: Map<string, string>, ports = memoryPorts()) {
  let elapsed = 0;
  const encoder = new TextEncoder();
  const fetcher = {
    async fetch(request: FetchRequest): Promise<FetchResult> {
      elapsed += REQUEST_MS;
      const feed = feeds.get(request.url);
      if (feed) return { status: 'ok', url: request.url, body: encoder.encode(feed), contentType: 'application/rss+xml' };
      return { status: 'ok', url: request.url, body: encoder.encode(`release at ${request.url}`), contentType: 'text/plain' };
    },
  };
  const started = performance.now();
  const summary = await ingestSources(sources, {
    ...ports, fetcher, clock: { now: () => new Date('2025-11-15T06:00:00Z') }, logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    wait: async (ms) => void (elapsed += ms), random: () => 0.5, remainingMs: () => BUDGET_MS - elapsed,
  });
  return { summary, ports, wallMs: performance.now() - started, simulatedMs: elapsed };
}

function feed(count: number, base: string): string {
  const items = Array.from({ length: count }, (_, i) => `<item><title>R${i}</title><link>${base}/r/${i}.txt</link><pubDate>Mon, 10 Nov 2025 00:00:00 GMT</pubDate></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
}

const source = (i: number, url: string) => SourceConfig.parse({ id: `source-${i}`, kind: 'press-release', dataset: 'bench-figures', discovery: { type: 'feed', url } });

async function longFeed(entries: number): Promise<Row> {
  const url = 'https://feeds.example.org/feed-0.xml';
  const { summary, wallMs, simulatedMs } = await simulatedRun([source(0, url)], new Map([[url, feed(entries, 'https://feeds.example.org')]]));
  const fetched = summary.sources[0].new_releases;
  return { case: `feed of ${entries} entries, one run`, releases_fetched: fetched, deferred: summary.sources[0].deferred_releases, runs_to_finish: Math.ceil(entries / Math.max(1, fetched)), simulated_s: simulatedMs / 1000, wall_ms: wallMs };
}

async function manySources(count: number): Promise<Row> {
  const feeds = new Map<string, string>();
  const sources = Array.from({ length: count }, (_, i) => {
    const url = `https://site-${i}.example.org/feed.xml`;
    feeds.set(url, feed(5, `https://site-${i}.example.org`));
    return source(i, url);
  });
  const { summary, wallMs, simulatedMs } = await simulatedRun(sources, feeds);
  const polled = summary.sources.filter((s) => s.requests > 0).length;
  return { case: `${count} sources of 5 releases`, sources_polled: polled, releases_fetched: summary.new_releases, deferred: summary.sources.reduce((n, s) => n + s.deferred_releases, 0), simulated_s: simulatedMs / 1000, wall_ms: wallMs };
}

function hostile(): Row[] {
  const ctx = { dataset: 'bench', release_id: 'r', source_url: 'u', published: '2025-11-07' };
  const cases: Array<[string, string, 'press-release' | 'statistical-table' | 'auto', string]> = [
    ['text table line of 200,000 spaces', `Unit: USD 1,000\nExports 1 2 3${' '.repeat(200_000)}x\n`, 'statistical-table', 'text/plain'],
    ['100,000 nested <div>s', `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`, 'auto', 'text/html'],
    ['100 KB of "1 " in a press release', `Exports rose 5%. ${'1 '.repeat(50_000)}`, 'press-release', 'text/plain'],
    ['2.4 MB body', 'Exports rose 5 percent. '.repeat(100_000), 'press-release', 'text/plain'],
  ];
  return cases.map(([name, body, kind, contentType]) => {
    const started = performance.now();
    const outcome = extractRelease(body, ctx, { kind, contentType });
    return { case: name, chars: body.length, outcome: outcome.ok ? `${outcome.rows.length} rows` : `rejected: ${outcome.reason.slice(0, 60)}`, ms: performance.now() - started };
  });
}

async function largeRelease(rows: number): Promise<Row> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { startLocalServices, LOCAL_NAMES } = await import('../bin/local/services.js');
  const { DynamoObservationStore } = await import('../functions/adapters/dynamo-observation-store.js');
  const { DynamoDatasetStateStore } = await import('../functions/adapters/dynamo-dataset-state.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'cp-bench-large-'));
  const services = await startLocalServices({ dataDir, persistent: false });
  try {
    const datasets = new DynamoDatasetStateStore(services.clients.dynamodb, LOCAL_NAMES.table);
    const store = new DynamoObservationStore(services.clients.dynamodb, LOCAL_NAMES.table, datasets);
    const drafts: ObservationDraft[] = Array.from({ length: rows }, (_, i) => ({
      dataset: 'large', area: 'China', partner: `Partner ${Math.floor(i / 12)}`, flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
      period_start: `20${10 + (i % 12)}-01`, period_end: `20${10 + (i % 12)}-12`, value: i, unit: 'USD', qualifier: 'exact', yoy_pct: null,
      release_id: 'big', source_url: 'u', source_quote: `Partner ${Math.floor(i / 12)} | ${2010 + (i % 12)}`, published: '2025-11-20', quote_start: null, quote_end: null,
    }));
    const started = performance.now();
    const first = await store.applyRelease('large', 'big', drafts);
    const firstMs = performance.now() - started;
    const replayStarted = performance.now();
    const replay = await store.applyRelease('large', 'big', drafts);
    return { case: `${rows}-row release on DynamoDB Local`, added: first.added, first_apply_s: firstMs / 1000, replay_unchanged: replay.unchanged, replay_s: (performance.now() - replayStarted) / 1000 };
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The bench rows. */
export async function run(): Promise<Row[]> {
  const rows: Row[] = [await longFeed(100_000), await manySources(200), ...hostile()];
  const large = Number(process.env.BENCH_LARGE_ROWS ?? 20_000);
  if (large > 0) rows.push(await largeRelease(large));
  return rows;
}
