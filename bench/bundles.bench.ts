/**
 * Lambda bundles and their cold start. Each handler (functions/<stage>/handler.ts) and worker-thread
 * entry is bundled with esbuild exactly as the function construct does (infra/bundling.ts and, for a
 * worker, infra/worker-bundle.ts: ESM,
 * node24, minified, with its source map, the AWS SDK left to the runtime, resolved here from
 * node_modules as Lambda resolves it from its own), and loaded with the functions' NODE_OPTIONS
 * (--enable-source-maps, which makes Node.js read the map with the bundle; publish's flags too).
 * A handler is split as deployed (infra/bundling.ts splitHandlerOptions): "bundle KB" is what its cold start loads,
 * the entry file and the chunks it imports at once; "on first use KB" the chunks it loads only when an invocation
 * first calls their code (publish's version steps).
 * For each bundle, medians of fresh Node.js processes:
 * - import: the bundle's module load (what Lambda's init phase runs), wall and CPU;
 * - of which the SDK: the SDK packages the bundle loads at import, imported alone;
 * - first requests: what a first invocation adds before its work, for the services every
 *   invocation of the stage calls: each client's first request (credentials from the
 *   environment, endpoint rules, signing, the HTTP agent), sent to a local stub that answers
 *   "not found"; a second request costs a few milliseconds;
 * - on first use: the SDK packages a bundle loads only when an invocation first calls the service
 *   (aws-clients/options.ts), so a first request above may include loading its package; those
 *   only some invocations call, and what loading them and a first request add to such an invocation;
 * - a worker entry: from starting the thread to its first message (the extraction worker's "ready",
 *   the publish worker's answer to an empty hash batch): its import.
 * A second row per handler bundles the pinned SDK too, the alternative weighed in infra/bundling.ts.
 * The last column names each bundle's largest inputs (esbuild's metafile: bytes in the output, by
 * package, or by source folder for our code); BUNDLE_BENCH_INPUTS=N lists N of them (default 3).
 * Run: npm run bench -- bundles (BUNDLE_BENCH_RUNS=N fresh processes per figure, default 5;
 * BUNDLE_BENCH_SDK=external skips the bundled-SDK rows).
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_TARGET, FUNCTION_NODE_OPTIONS, splitHandlerOptions } from '../infra/bundling.js';
import { PUBLISH_NODE_OPTIONS } from '../infra/node-options.js';
import { workerBuildOptions } from '../infra/worker-bundle.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT_RUNS = Number(process.env.BUNDLE_BENCH_RUNS ?? 5);
const LARGEST_INPUTS = Number(process.env.BUNDLE_BENCH_INPUTS ?? 3);

/** NODE_OPTIONS of each stage's function, as the stack sets them (infra/publisher-stack.ts); its worker thread shares them. */
const nodeOptions = (stage: string) => [...FUNCTION_NODE_OPTIONS, ...(stage === 'publish' ? PUBLISH_NODE_OPTIONS : [])].join(' ');

/** A first request per SDK package: the client, a cheap command and its input. */
const FIRST_REQUESTS: Record<string, { client: string; command: string; input: object; options?: object }> = {
  '@aws-sdk/client-dynamodb': { client: 'DynamoDBClient', command: 'GetItemCommand', input: { TableName: 'bench', Key: { pk: { S: 'a' } } } },
  '@aws-sdk/client-s3': { client: 'S3Client', command: 'HeadObjectCommand', input: { Bucket: 'bench', Key: 'a' }, options: { forcePathStyle: true } },
  '@aws-sdk/client-sqs': { client: 'SQSClient', command: 'GetQueueUrlCommand', input: { QueueName: 'bench' } },
  '@aws-sdk/client-sns': { client: 'SNSClient', command: 'GetTopicAttributesCommand', input: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:bench' } },
};

/** What each stage calls on every invocation; the rest of its SDK only on some (the stage's handler says when). */
const EVERY_INVOCATION: Record<string, string[]> = {
  // No new content: source states and the ledger only (S3 when archiving, SQS when a release is new).
  ingest: ['@aws-sdk/client-dynamodb'],
  // Every message reads its raw release and writes observations (SQS only to hand a release on).
  normalize: ['@aws-sdk/client-dynamodb', '@aws-sdk/client-s3'],
  // Dataset states, and each dataset's latest pointer for its health metrics (SNS only for a new version).
  publish: ['@aws-sdk/client-dynamodb', '@aws-sdk/client-s3'],
};

/** Packages a bundle loads on first use (aws-clients/options.ts loadSdkPackage): named in its code, not imported. */
const ON_FIRST_USE = ['@aws-sdk/client-s3', '@aws-sdk/lib-storage', '@aws-sdk/client-sqs', '@aws-sdk/client-sns'];

interface Entry {
  name: string;
  stage: string;
  path: string;
  worker?: boolean;
}

/** The bundles a deploy ships: each stage's handler and each worker-thread entry (functions/adapters/*-worker.ts, bundled beside its handler). */
function entries(): Entry[] {
  const handlers = readdirSync(join(repoRoot, 'functions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(repoRoot, 'functions', d.name)).includes('handler.ts'))
    .map((d) => ({ name: `${d.name} handler`, stage: d.name, path: join('functions', d.name, 'handler.ts') }));
  const workers = readdirSync(join(repoRoot, 'functions', 'adapters'))
    .filter((f) => f.endsWith('-worker.ts'))
    .map((f) => ({ name: `${f.replace(/\.ts$/, '')} (worker thread)`, stage: f.replace(/\.ts$/, ''), path: join('functions', 'adapters', f), worker: true }));
  // Handlers first: the table's columns follow the first row's.
  return [...handlers, ...workers];
}

interface Bundle {
  /** Bytes a cold start loads: the entry file and the chunks it imports at once (a handler is split: infra/bundling.ts splitHandlerOptions). */
  bytes: number;
  /** Bytes of the chunks loaded only when an invocation first calls their code (`import()`), and their files. */
  laterBytes: number;
  later: string[];
  /** What the files loaded at import are made of. */
  inputs: Metafile['outputs'][string]['inputs'];
  /** SDK packages imported when the bundle loads. */
  atImport: string[];
  /** SDK packages the bundle loads only when an invocation needs them. */
  onFirstUse: string[];
}

/** Bundles one entry into `outfile` (a handler as deployed, split; a worker as one file), chunks beside it. */
async function bundle(entry: string, outfile: string, sdk: 'external' | 'bundled', worker = false): Promise<Bundle> {
  const result = await build({
    // A worker entry as infra/worker-bundle.ts builds it (the SDK is never in a worker's bundle); a handler as handler-bundle.ts.
    ...(worker ? { ...workerBuildOptions(), entryPoints: [join(repoRoot, entry)], outfile } : splitHandlerOptions(join(repoRoot, entry), outfile, sdk === 'external')),
    write: false,
  });
  // The maps beside the files, as deployed: Node.js reads one when it loads its file.
  for (const f of result.outputFiles) writeFileSync(f.path, f.contents);
  const outputs = result.metafile.outputs;
  const js = Object.keys(outputs).filter((k) => k.endsWith('.mjs'));
  // The entry and what it imports statically, transitively: what the init phase loads.
  const loaded = new Set([js.find((k) => outputs[k].entryPoint)!]);
  for (const k of loaded) for (const i of outputs[k].imports) if (!i.external && i.kind === 'import-statement') loaded.add(i.path);
  const later = js.filter((k) => !loaded.has(k));
  const inputs: Bundle['inputs'] = {};
  for (const k of loaded) Object.assign(inputs, outputs[k].inputs);
  const atImport = [...new Set([...loaded].flatMap((k) => outputs[k].imports.filter((i) => i.external && i.path.startsWith('@aws-sdk/')).map((i) => i.path)))];
  const text = result.outputFiles.filter((f) => f.path.endsWith('.mjs')).map((f) => f.text).join('\n');
  const onFirstUse = sdk === 'external' ? ON_FIRST_USE.filter((p) => !atImport.includes(p) && text.includes(JSON.stringify(p))) : [];
  const sum = (keys: Iterable<string>) => [...keys].reduce((n, k) => n + outputs[k].bytes, 0);
  return { bytes: sum(loaded), laterBytes: sum(later), later: later.map((k) => k.split('/').at(-1)!), inputs, atImport, onFirstUse };
}

/** The largest contributors, by package (or source folder for our code). */
function largest(inputs: Metafile['outputs'][string]['inputs']): string {
  const byOwner = new Map<string, number>();
  for (const [path, input] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const owner = pkg ?? path.split('/').slice(0, 3).join('/');
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + input.bytesInOutput);
  }
  return [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, LARGEST_INPUTS).map(([owner, bytes]) => `${owner} ${Math.round(bytes / 1024)}`).join(', ');
}

/** A local stand-in for the AWS endpoints: every request is answered "not found" at once. */
async function stubEndpoint(): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      // DynamoDB speaks JSON (x-amz-target); S3, SQS and SNS accept a bare status here.
      if (req.headers['x-amz-target']) {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        res.end('{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"bench stub"}');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * The script a fresh process runs: imports the bundle, then sends each first request, each timed
 * (wall and CPU ms). Requests are built from the SDK the bundle resolves (Lambda's copy there).
 */
function coldStartScript(file: string, firstRequests: string[][]): string {
  const href = pathToFileURL(file).href;
  return `
    import { createRequire } from 'node:module';
    const timed = async (work) => { const c = process.cpuUsage(); const t = performance.now(); await work(); const u = process.cpuUsage(c); return [performance.now() - t, (u.user + u.system) / 1000]; };
    const require = createRequire(${JSON.stringify(href)});
    const requests = ${JSON.stringify(firstRequests.map((group) => group.map((p) => [p, FIRST_REQUESTS[p]])))};
    const send = async (pkg, r) => { const sdk = require(pkg); await new sdk[r.client]({ maxAttempts: 1, ...r.options }).send(new sdk[r.command](r.input)).catch(() => undefined); };
    const out = [await timed(() => import(${JSON.stringify(href)}))];
    for (const group of requests) out.push(await timed(async () => { for (const [pkg, r] of group) await send(pkg, r); }));
    process.stdout.write(JSON.stringify(out));`;
}

/** Median of each timed part over fresh processes (one after the other): [wall, cpu] per part. */
async function medianRuns(script: string, env: Record<string, string>): Promise<number[][]> {
  const runs: number[][][] = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    // Asynchronous: the stub endpoint the child calls runs in this process.
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env } });
    runs.push(JSON.parse(stdout) as number[][]);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return runs[0].map((_, part) => [0, 1].map((k) => median(runs.map((r) => r[part][k]))));
}

/**
 * What a worker entry is sent on start so that its first message comes once it is loaded: the
 * extraction worker says "ready" by itself; the publish worker (hashing and Parquet row groups)
 * answers batches and row groups only (an empty batch).
 */
const FIRST_MESSAGES: Record<string, string[]> = {
  'publish-worker': ['{ seq: 0, ops: [], bytes: new Uint8Array(0) }'],
};

/** From starting the worker thread to its first message ("ready"): the worker's import, median of fresh processes. */
async function workerStart(file: string, env: Record<string, string>, stage: string): Promise<number[]> {
  const script = `
    import { Worker } from 'node:worker_threads';
    const c = process.cpuUsage(); const t = performance.now();
    // execArgv: not this script's --input-type; the worker still takes NODE_OPTIONS (source maps) as in Lambda.
    const w = new Worker(new URL(${JSON.stringify(pathToFileURL(file).href)}), { execArgv: [] });
    ${(FIRST_MESSAGES[stage] ?? []).map((message) => `w.postMessage(${message});`).join(' ')}
    w.once('message', () => { const u = process.cpuUsage(c); process.stdout.write(JSON.stringify([[performance.now() - t, (u.user + u.system) / 1000]])); w.terminate(); });`;
  return (await medianRuns(script, env))[0];
}

/** The SDK packages alone, loaded as the bundle loads them (ES imports): the SDK's part of the import. */
async function sdkAlone(packages: string[], env: Record<string, string>): Promise<number[]> {
  return (await medianRuns(`const c = process.cpuUsage(); const t = performance.now(); await Promise.all(${JSON.stringify(packages)}.map((p) => import(p))); const u = process.cpuUsage(c); process.stdout.write(JSON.stringify([[performance.now() - t, (u.user + u.system) / 1000]]));`, env))[0];
}

const short = (packages: string[]) => packages.map((p) => p.replace('@aws-sdk/client-', '').replace('@aws-sdk/', '')).join(' ') || '-';
const ms = (value: number | undefined) => (value === undefined ? '' : Math.round(value));

/**
 * The bundles are timed in processes of the Node.js that runs the bench, so it must be the Lambda
 * runtime's major: the cost of loading the SDK differs between majors (Node.js 20 took twice as long
 * to load the DynamoDB package with an ES import as with `require`; Node.js 24 takes the same).
 */
function checkRuntimeMajor(): void {
  const major = process.versions.node.split('.')[0];
  if (`node${major}` !== BUNDLE_TARGET) throw new Error(`run the bundles bench with the Lambda runtime's Node.js (${BUNDLE_TARGET}), not ${process.version}`);
}

/** One row per bundle and SDK choice. */
export async function run(): Promise<Array<Record<string, string | number>>> {
  checkRuntimeMajor();
  // Inside the repo, so the bundles resolve the SDK from node_modules as Lambda resolves it from the runtime.
  const dir = mkdtempSync(join(repoRoot, '.bundle-bench-'));
  const stub = await stubEndpoint();
  // As in Lambda: region and (here, dummy) credentials in the environment; every endpoint is the stub.
  const env = {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_SESSION_TOKEN: 'bench',
    AWS_ENDPOINT_URL: `http://127.0.0.1:${(stub.address() as AddressInfo).port}`,
  };
  const rows: Array<Record<string, string | number>> = [];
  try {
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    for (const sdk of (['external', 'bundled'] as const).filter((k) => !process.env.BUNDLE_BENCH_SDK || k === process.env.BUNDLE_BENCH_SDK)) {
      for (const [i, entry] of entries().entries()) {
        const outfile = join(dir, `${i}-${sdk}.mjs`);
        const b = await bundle(entry.path, outfile, sdk, entry.worker);
        const stageEnv = { ...env, NODE_OPTIONS: nodeOptions(entry.stage) };
        const row: Record<string, string | number> = {
          case: entry.name,
          'aws sdk': sdk === 'external' ? 'from the runtime (deployed)' : 'bundled (pinned)',
          'bundle KB': Math.round(b.bytes / 1024),
          'on first use KB': b.later.length > 0 ? Math.round(b.laterBytes / 1024) : '',
        };
        if (entry.worker) {
          // A worker entry serves only inside a worker thread: timed from the thread's start to "ready".
          if (sdk === 'external') {
            const [wall, cpu] = await workerStart(outfile, stageEnv, entry.stage);
            Object.assign(row, { 'import ms': `${ms(wall)} (thread start)`, 'import cpu ms': ms(cpu) });
          }
        } else if (sdk === 'bundled') {
          const [[wall, cpu]] = await medianRuns(coldStartScript(outfile, []), stageEnv);
          Object.assign(row, { 'import ms': ms(wall), 'import cpu ms': ms(cpu) });
        } else {
          const every = EVERY_INVOCATION[entry.stage] ?? [];
          // Loaded on first use but needed only by some invocations (lib-storage: streamed uploads, no request of its own).
          const some = b.onFirstUse.filter((p) => !every.includes(p) && FIRST_REQUESTS[p]);
          const [imported, first, later] = await medianRuns(coldStartScript(outfile, [every, some]), stageEnv);
          const sdkPart = b.atImport.length > 0 ? await sdkAlone(b.atImport, stageEnv) : undefined;
          Object.assign(row, {
            'import ms': ms(imported[0]),
            'import cpu ms': ms(imported[1]),
            'sdk at import': short(b.atImport),
            'of which sdk alone, cpu ms': ms(sdkPart?.[1]),
            'first requests (every invocation)': short(every),
            'first requests ms': ms(first[0]),
            'first requests cpu ms': ms(first[1]),
            'loaded on first use': short(b.onFirstUse),
            'some invocations': short(some),
            'their first requests cpu ms': some.length > 0 ? ms(later[1]) : '',
          });
        }
        row['largest inputs (KB)'] = largest(b.inputs);
        rows.push(row);
      }
    }
  } finally {
    stub.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
