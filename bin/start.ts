/**
 * `npm start`: the whole pipeline once, on AWS-compatible services on loopback, with the very
 * handlers Lambda runs. State persists in .local/ between runs; `npm start -- --reset` starts clean.
 *
 *   npm start                              the bundled sample source (bin/sample-source)
 *   npm start -- --source-dir DIR          a folder of your own (feed.xml, sources.json, releases)
 *   npm start -- --feed-url URL            an RSS/Atom feed of press releases
 *   npm start -- --reset                   forget all local state first
 *   npm start -- --data-dir DIR            keep local state in DIR (default .local/)
 *   npm start -- --verbose                 show the log lines on the terminal (default: in DIR/logs/last-run.log)
 *   npm start -- --no-serve                exit at once instead of serving the catalog site (non-interactive runs never serve)
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SOURCES_KEY } from '../functions/config/env.js';
import type { QualitySummary } from '../functions/core/quality/report.js';
import { describeFreshness } from '../functions/core/ingest/calendar.js';
import { receiveBatch, runPipelineOnce } from './local/pipeline.js';
import { startSampleServer, type SampleServer } from './local/sample-server.js';
import { LOCAL_NAMES, startLocalServices, type LocalServices } from './local/services.js';
import { parseStartOptions, sourceChangeWarning } from './local/start-options.js';
import { captureStderr, exportPrefix } from './local/run-output.js';
import { S3BlobStore } from '../functions/adapters/s3-blob-store.js';
import { serveCatalogUntilInterrupted } from './local/serve-catalog.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

const parsed = parseStartOptions(process.argv.slice(2), { dataDir: join(root, '.local'), sampleDir: join(here, 'sample-source') });
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(parsed.exitCode);
}
const options = parsed.options;
const args = { reset: options.reset, 'source-dir': options.sourceDir, 'feed-url': options.feedUrl, 'data-dir': options.dataDir, 'no-serve': options.noServe };

if (options.help) {
  process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0].replace(/^\/\*\*?|^ \* ?/gm, '') + '\n');
  process.exit(0);
}

/** The sources file text for this run, with {{BASE_URL}} pointing at the local sample server. */
function sourcesText(sample: SampleServer | undefined): string {
  if (args['feed-url']) {
    const host = new URL(args['feed-url']).hostname;
    return JSON.stringify({
      sources: [{ id: 'feed', kind: 'press-release', dataset: 'feed-figures', discovery: { type: 'feed', url: args['feed-url'] }, local: host === 'localhost' || host.startsWith('127.') }],
    });
  }
  const dir = resolve(args['source-dir'] ?? join(here, 'sample-source'));
  const file = join(dir, 'sources.json');
  const text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : JSON.stringify({ sources: [{ id: 'local-folder', kind: 'press-release', dataset: 'local-figures', discovery: { type: 'feed', url: '{{BASE_URL}}/feed.xml' }, local: true }] });
  return text.replaceAll('{{BASE_URL}}', sample?.baseUrl ?? '');
}

const line = (text = '') => process.stdout.write(`${text}\n`);

/** One line of a version's quality summary. */
function qualityLine(q: QualitySummary): string {
  const accepted = q.accepted_by_review ? `, ${q.accepted_by_review} accepted by review` : '';
  const held = q.held_back ? `; ${q.held_back} held back (see \`npx customs-publisher review --local\`)` : '; nothing held back';
  return `quality: ${q.rows_checked} rows checked, ${q.pass} pass, ${q.warn} warn, ${q.fail} fail${accepted}${held}`;
}

async function main(): Promise<number> {
  const started = Date.now();
  if (args.reset) {
    rmSync(args['data-dir'], { recursive: true, force: true });
    line(`reset: removed ${args['data-dir']}`);
  }
  let services: LocalServices | undefined;
  let sample: SampleServer | undefined;
  const shutdown = async () => {
    await sample?.close().catch(() => undefined);
    await services?.stop();
  };
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // `on`, not `once`: a second Ctrl-C (or the signal relayed by npm/tsx) must not kill us mid-cleanup.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      line(`\n${signal}: stopping local services`);
      void shutdown().finally(() => process.exit(130));
    });
  }
  const warning = sourceChangeWarning(args['data-dir'], args['feed-url'] ?? args['source-dir']!);
  if (warning) line(warning);
  const logFile = join(args['data-dir'], 'logs', 'last-run.log');
  const capture = options.verbose ? undefined : captureStderr(logFile);
  try {
    line('starting local services (DynamoDB Local, S3, SNS/SQS; a few seconds)...');
    services = await startLocalServices({ dataDir: args['data-dir'], persistent: true });
    line(`local services: DynamoDB Local ${services.env.CP_DYNAMODB_ENDPOINT}, S3, SNS and SQS (fauxqs; objects as files in ${args['data-dir']}/s3) ${services.env.CP_S3_ENDPOINT}`);
    if (!args['feed-url']) {
      // Same port as last time when free: the sample's URLs are release identities, so they must not change between runs.
      const portFile = join(args['data-dir'], 'sample-port');
      const lastPort = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) || 0 : 0;
      sample = await startSampleServer(resolve(args['source-dir'] ?? join(here, 'sample-source')), lastPort);
      mkdirSync(args['data-dir'], { recursive: true });
      writeFileSync(portFile, new URL(sample.baseUrl).port);
    }
    if (sample) line(`sample source served at ${sample.baseUrl}`);
    // Written only when it changed, so a run with nothing new writes nothing at all.
    const sources = sourcesText(sample);
    const stored = await services.clients.s3.send(new GetObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: DEFAULT_SOURCES_KEY })).then((o) => o.Body!.transformToString(), () => undefined);
    if (stored !== sources) await services.clients.s3.send(new PutObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: DEFAULT_SOURCES_KEY, Body: sources, ContentType: 'application/json' }));
    const subscriber = await services.subscribeQueue('customs-publisher-local-subscriber');

    line('running ingest, normalize and publish...');
    const run = await runPipelineOnce(services);

    line();
    line('ingest');
    for (const error of run.ingest.config_errors) line(`  config error: ${error}`);
    for (const s of run.ingest.sources) {
      line(`  ${s.source_id}: ${s.status}, ${s.requests} request(s), ${s.new_releases} new, ${s.revised_releases} revised, ${s.retried_releases} retried${s.poll?.next_poll_at ? ` (next poll ${s.poll.next_poll_at})` : ''}`);
      line(`    freshness: ${describeFreshness(s.freshness)}`);
      for (const failure of s.failures) line(`    failed: ${failure}`);
    }
    line('normalize');
    if (run.normalize.length === 0) line('  nothing to normalize');
    for (const o of run.normalize) {
      if (o.status === 'normalized') line(`  ${o.release_id}: ${o.rows} rows (${o.added} new, ${o.revised} revised, ${o.unchanged} unchanged, ${o.removed} removed)${o.warnings.length ? `, ${o.warnings.length} warning(s)` : ''}`);
      else if (o.status === 'continued') line(`  ${o.release_id}: ${o.added + o.revised} of ${o.rows} rows written so far; continues`);
      else line(`  ${o.release_id}: ${o.status}: ${o.reason}`);
    }
    line('publish');
    const published = run.publish.filter((p) => p.status === 'published');
    for (const p of run.publish) {
      if (p.status === 'published') {
        line(`  ${p.dataset}: version ${p.version}${p.resumed ? ' (resumed)' : ''} published, ${p.rows} rows (+${p.changes.added} ~${p.changes.revised} -${p.changes.removed}) at s3://${LOCAL_NAMES.bucket}/${p.prefix} (manifest.json, datapackage.json, quality.json, changes.json, delta.csv, vintages.ndjson, observations.csv/.csv.gz/.json/.ndjson/.parquet, code lists partners/areas/customs-regimes/enterprise-types.csv)`);
        if (p.quality) line(`    ${qualityLine(p.quality)}`);
      }
      else if (p.status === 'in-progress') line(`  ${p.dataset}: version ${p.pending} is being written by another publisher (its lease has not ended)`);
      else line(`  ${p.dataset}: ${p.status === 'unchanged' ? `nothing new (latest is version ${p.version})` : 'another publisher won the race'}`);
    }
    if (run.publish.length === 0) line('  no datasets yet');
    line('notifications');
    const received = published.length > 0 ? await receiveBatch(services, subscriber, 1) : [];
    for (const message of received) {
      const envelope = JSON.parse(message.Body ?? '{}') as { Subject?: string; Message?: string; MessageAttributes?: Record<string, { Value: string }> };
      const attrs = Object.entries(envelope.MessageAttributes ?? {}).map(([k, v]) => `${k}=${v.Value}`).join(' ');
      line(`  received "${envelope.Subject}" [${attrs}]`);
    }
    if (received.length === 0) line(published.length === 0 ? '  none: nothing new was published' : '  none received (check the topic subscription)');
    if (published.length > 0) {
      const blobs = new S3BlobStore(services.clients.s3, LOCAL_NAMES.bucket);
      line('published files on disk');
      for (const p of published) {
        const folder = join(args['data-dir'], 'published', p.prefix);
        await exportPrefix(blobs, p.prefix, folder);
        line(`  ${folder}`);
      }
    }
    if (capture) line(`log lines of this run: ${logFile} (or run with --verbose)`);
    line();
    line(published.length > 0 ? `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${published.length} dataset version(s) published.` : `done in ${((Date.now() - started) / 1000).toFixed(1)} s: nothing new.`);
    const serve = Boolean(process.stdout.isTTY && process.stdin.isTTY) && !args['no-serve'];
    await serveCatalogUntilInterrupted(services, serve, line);
    return 0;
  } catch (error) {
    (capture?.writeError ?? ((t: string) => process.stderr.write(t)))(`npm start failed: ${(error as Error).message}${capture ? ` (log lines: ${logFile})` : ''}\n`);
    return 1;
  } finally {
    await shutdown();
    capture?.restore();
  }
}

process.exitCode = await main();
