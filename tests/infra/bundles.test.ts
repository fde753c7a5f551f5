/**
 * What each Lambda bundle carries, read from esbuild's metafile with the settings infra uses
 * (infra/bundling.ts): the import graph keeps each stage to the code it calls. Sizes and import
 * times are measured in bench/bundles.bench.ts, never asserted here.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { handlerBuildOptions, handlerBundleCommand, splitHandlerOptions, workerBundleCommand } from '../../infra/bundling.js';
import { OBSERVATION_COLUMN_DOCS, OBSERVATION_COLUMNS, type Observation } from '../../functions/core/contract.js';
import { ParquetSink } from '../../functions/core/publish/parquet.js';
import { workerBuildOptions } from '../../infra/worker-bundle.js';
import { LOCAL_CURRENCY_RULES } from '../../functions/core/extract/press-release/currency-context.js';
import { NON_FIGURE_RULES } from '../../functions/core/extract/press-release/nonfigures.js';

/**
 * The input files, the external packages imported and the code of one handler's bundle, every file of it: a handler as
 * deployed (split: its entry and the chunks beside it, infra/bundling.ts splitHandlerOptions); other options (a
 * worker's) build one file.
 */
async function bundleOf(stage: string, entry = `functions/${stage}/handler.ts`, options?: BuildOptions & { metafile: true }): Promise<{ inputs: string[]; externals: string[]; code: string }> {
  const result = await build({
    ...(options && !options.outdir ? { ...options, entryPoints: [entry], outfile: `/${stage}.mjs` } : (options ?? splitHandlerOptions(entry, `/${stage}.mjs`))),
    write: false,
  });
  const outputs = Object.entries(result.metafile.outputs).filter(([k]) => k.endsWith('.mjs')).map(([, o]) => o);
  const code = result.outputFiles.filter((f) => f.path.endsWith('.mjs')).map((f) => f.text).join('\n');
  return {
    inputs: [...new Set(outputs.flatMap((o) => Object.keys(o.inputs)))],
    externals: [...new Set(outputs.flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)))],
    code,
  };
}

/** Whether a bundle can load an SDK package on first use (aws-clients/options.ts loadSdkPackage). */
const loadsLater = (code: string, pkg: string) => code.includes(JSON.stringify(pkg));

describe('Lambda bundles', () => {
  it('no bundle carries zod locales (importing zod as `{ z }` pulls every language in) nor its classic API (functions/core/zod.ts)', async () => {
    for (const stage of ['ingest', 'normalize', 'publish']) {
      const { inputs } = await bundleOf(stage);
      expect(inputs.some((f) => f.includes('node_modules/zod/')), stage).toBe(true);
      expect(inputs.filter((f) => f.includes('zod/v4/locales/') && !f.endsWith('/en.js')), stage).toEqual([]);
      expect(inputs.filter((f) => f.includes('zod/v4/classic/')), stage).toEqual([]);
    }
  }, 60_000);

  it('publish carries neither the extractors nor SQS; ingest and normalize not the Parquet writer nor SNS', async () => {
    const publish = await bundleOf('publish');
    expect(publish.inputs.filter((f) => f.includes('functions/core/extract/'))).toEqual([]);
    expect(publish.inputs.some((f) => f.includes('hyparquet-writer'))).toBe(true);
    expect(loadsLater(publish.code, '@aws-sdk/client-sqs')).toBe(false);
    expect(loadsLater(publish.code, '@aws-sdk/client-sns')).toBe(true);
    for (const stage of ['ingest', 'normalize']) {
      const { inputs, code } = await bundleOf(stage);
      expect(inputs.filter((f) => f.includes('hyparquet-writer')), stage).toEqual([]);
      expect(loadsLater(code, '@aws-sdk/client-sns'), stage).toBe(false);
      expect(loadsLater(code, '@aws-sdk/client-sqs'), stage).toBe(true);
    }
  }, 60_000);

  it('S3, SQS and SNS are loaded on first use, not with the bundle: an invocation that never calls one does not pay for it', async () => {
    for (const stage of ['ingest', 'normalize', 'publish']) {
      const { externals, code } = await bundleOf(stage);
      expect(externals.filter((p) => ['@aws-sdk/client-s3', '@aws-sdk/lib-storage', '@aws-sdk/client-sqs', '@aws-sdk/client-sns'].includes(p)), stage).toEqual([]);
      expect(loadsLater(code, '@aws-sdk/client-s3'), stage).toBe(true);
      expect(externals, stage).toContain('@aws-sdk/client-dynamodb');
    }
  }, 60_000);

  it('ingest carries neither the observation store nor the code lists it loads (runtime-rows.ts)', async () => {
    const ingest = await bundleOf('ingest');
    expect(ingest.inputs.filter((f) => f.includes('functions/core/codes/') || f.includes('dynamo-observation-store') || f.includes('dynamo-quality-review'))).toEqual([]);
    for (const stage of ['normalize', 'publish']) expect((await bundleOf(stage)).inputs.some((f) => f.includes('dynamo-observation-store')), stage).toBe(true);
  }, 60_000);

  it('normalize leaves the extractors to its worker bundle', async () => {
    const normalize = await bundleOf('normalize');
    expect(normalize.inputs.some((f) => f.includes('functions/adapters/worker-extractor'))).toBe(true);
    expect(normalize.inputs.filter((f) => f.includes('functions/core/extract/') && !f.endsWith('limits.ts'))).toEqual([]);
  }, 60_000);

  it('the extraction worker carries no schema library (the sources file validated its table layout)', async () => {
    const worker = await bundleOf('extract-worker', 'functions/adapters/extract-worker.ts', workerBuildOptions());
    expect(worker.inputs.some((f) => f.includes('functions/core/extract/table/'))).toBe(true);
    expect(worker.inputs.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
  }, 60_000);

  it('source maps carry the mappings but not the sources (Node.js reads the map at every cold import)', async () => {
    const result = await build({ ...handlerBuildOptions(), entryPoints: ['functions/normalize/handler.ts'], write: false, outfile: '/normalize.mjs' });
    const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.mjs.map'))!.text) as { sources: string[]; mappings: string; sourcesContent?: unknown };
    expect(map.sources.some((f) => f.endsWith('functions/normalize/handler.ts'))).toBe(true);
    expect(map.mappings.length).toBeGreaterThan(0);
    expect(map.sourcesContent).toBeUndefined();
    expect(result.outputFiles.find((f) => f.path.endsWith('.mjs'))!.text).toContain('//# sourceMappingURL=normalize.mjs.map');
  }, 60_000);

  it('the worker bundle built by the construct\'s command is the one the worker settings build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
    try {
      const entry = 'functions/adapters/extract-worker.ts';
      execSync(workerBundleCommand(process.cwd(), entry, join(dir, 'cli.mjs')), { stdio: 'pipe' });
      const api = await build({ ...workerBuildOptions(), entryPoints: [entry], write: false, outfile: join(dir, 'cli.mjs') });
      expect(readFileSync(join(dir, 'cli.mjs'), 'utf8')).toBe(api.outputFiles.find((f) => f.path.endsWith('.mjs'))!.text);
      // The map beside the bundle, not named in it: no thread start reads it (infra/worker-bundle.ts).
      expect(JSON.parse(readFileSync(join(dir, 'cli.mjs.map'), 'utf8')).sourcesContent).toBeUndefined();
      expect(readFileSync(join(dir, 'cli.mjs'), 'utf8')).not.toContain('sourceMappingURL');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('the worker bundle leaves out the rule tables\' test-only examples, which the handler settings keep', async () => {
    // Every example of two rule tables the worker carries (what other rule tables declare is left out alike).
    // (Those in plain ASCII without quotes: the bundle escapes other characters.)
    const phrases = [...NON_FIGURE_RULES.flatMap((r) => r.examples), ...LOCAL_CURRENCY_RULES.map((r) => r.example)].filter((p) => /^[\x20-\x7e]+$/.test(p) && !/["'`\\]/.test(p));
    expect(phrases.length).toBeGreaterThan(20);
    const entry = 'functions/adapters/extract-worker.ts';
    const worker = await bundleOf('extract-worker', entry, workerBuildOptions());
    const plain = await bundleOf('extract-worker', entry);
    for (const phrase of phrases) {
      expect(plain.code, phrase).toContain(phrase);
      expect(worker.code, phrase).not.toContain(phrase);
    }
    expect(worker.code).not.toMatch(/[.{,]examples?:/);
  }, 60_000);

  it('the handler bundle built by the construct\'s command is the one the handler settings build, split (splitHandlerOptions)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handler-bundle-'));
    try {
      const entry = 'functions/publish/handler.ts';
      execSync(handlerBundleCommand(process.cwd(), entry, join(dir, 'index.mjs')), { stdio: 'pipe' });
      const api = await build({ ...splitHandlerOptions(entry, join(dir, 'index.mjs')), write: false });
      const files = api.outputFiles.map((f) => basename(f.path)).sort();
      expect(readdirSync(dir).sort()).toEqual(files);
      for (const f of api.outputFiles) expect(readFileSync(f.path, 'utf8'), basename(f.path)).toBe(f.text);
      expect(readFileSync(join(dir, 'index.mjs'), 'utf8')).toContain('//# sourceMappingURL=index.mjs.map');
      // Every chunk beside the entry (import.meta.url names the same folder in each), with its map.
      expect(files.filter((f) => f.endsWith('.mjs')).length).toBeGreaterThan(1);
      for (const f of files.filter((n) => n.endsWith('.mjs'))) expect(files, f).toContain(`${f}.map`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a publish cold start loads neither the quality gate, the renderers nor the Parquet writer: the version steps are a chunk loaded on first use', async () => {
    const result = await build({ ...splitHandlerOptions('functions/publish/handler.ts', '/out/index.mjs'), write: false });
    const outputs = result.metafile.outputs;
    const loaded = new Set([Object.keys(outputs).find((k) => outputs[k].entryPoint && k.endsWith('.mjs'))!]);
    for (const k of loaded) for (const i of outputs[k].imports) if (!i.external && i.kind === 'import-statement') loaded.add(i.path);
    const atImport = [...loaded].flatMap((k) => Object.keys(outputs[k].inputs));
    const later = Object.keys(outputs).filter((k) => k.endsWith('.mjs') && !loaded.has(k));
    expect(later).toHaveLength(1);
    const onFirstUse = Object.keys(outputs[later[0]].inputs);
    for (const part of ['functions/core/publish/version-steps.ts', 'functions/core/quality/gate.ts', 'functions/core/publish/build-version.ts', 'functions/core/site/publish-site.ts', 'hyparquet-writer']) {
      expect(atImport.filter((f) => f.includes(part)), part).toEqual([]);
      expect(onFirstUse.some((f) => f.includes(part)), part).toBe(true);
    }
    // What every run needs stays in the files loaded at import (the dataset states, the metrics, the SDK wiring).
    for (const part of ['functions/core/publish/publish-dataset.ts', 'functions/core/publish/dataset-health.ts', 'functions/adapters/dynamo-dataset-state.ts']) expect(atImport.some((f) => f.includes(part)), part).toBe(true);
  }, 60_000);

  it('publishing through a split bundle writes the files the source writes (the version steps loaded from their chunk)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-publish-'));
    try {
      const entry = join(dir, 'entry.ts');
      const source = (f: string) => JSON.stringify(join(process.cwd(), f));
      writeFileSync(entry, `export { publishDataset } from ${source('functions/core/publish/publish-dataset.ts')};\nexport * from ${source('functions/core/publish/in-memory.ts')};\n`);
      await build({ ...splitHandlerOptions(entry, join(dir, 'index.mjs')) });
      expect(readdirSync(dir).some((f) => f.startsWith('index-version-steps-') && f.endsWith('.mjs'))).toBe(true);
      type Api = typeof import('../../functions/core/publish/in-memory.js') & Pick<typeof import('../../functions/core/publish/publish-dataset.js'), 'publishDataset'>;
      const bundled = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as Api;
      const fromSource = { ...(await import('../../functions/core/publish/in-memory.js')), ...(await import('../../functions/core/publish/publish-dataset.js')) } as Api;
      const publishTwice = async (api: Api) => {
        const datasets = new api.MemoryDatasetStateStore();
        const observations = new api.MemoryObservationStore(datasets);
        const blobs = new api.MemoryBlobStore();
        const clock = new api.ManualClock(new Date('2025-11-10T08:00:00Z'));
        const deps = { observations, datasets, blobs, notifier: new api.MemoryNotifier(), clock, logger: { info() {}, warn() {}, error() {} }, owner: 'run-1', build: { parquetRowGroupSize: 2 } };
        const row = (id: string, value: number, month: string) => Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, ({
          observation_id: id, dataset: 'split', area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
          period_start: month, period_end: month, value, unit: 'CNY', qualifier: 'exact', yoy_pct: 1.5, status: 'preliminary', release_id: `rel-${month}`,
          source_url: 'https://example.test/a', source_quote: 'Exports came to 100', published: '2025-11-07', revision: 1, period_type: 'month',
          partner_code: 'WLD', area_code: 'CN', is_total: true,
        } as Record<string, unknown>)[c]])) as unknown as Observation;
        for (const [i, month] of ['2025-08', '2025-09', '2025-10'].entries()) await observations.upsert(row(`obs-${i}`, 100 + i, month));
        const outcomes = [await api.publishDataset('split', deps)];
        clock.advance(86_400_000);
        await observations.upsert(row('obs-1', 120, '2025-09'));
        outcomes.push(await api.publishDataset('split', deps), await api.publishDataset('split', deps));
        return { outcomes, files: Object.fromEntries([...blobs.objects].sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, o]) => [k, Buffer.from(o.body).toString('base64')])) };
      };
      const [a, b] = [await publishTwice(fromSource), await publishTwice(bundled)];
      expect(a.outcomes.map((o) => o.status)).toEqual(['published', 'published', 'unchanged']);
      expect(b.outcomes).toEqual(a.outcomes);
      expect(Object.keys(a.files).length).toBeGreaterThan(20);
      expect(b.files).toEqual(a.files);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('publish carries stand-ins for the Parquet writer\'s variant, geospatial, bloom filter, delta and byte-stream-split code (infra/parquet-features.ts)', async () => {
    const { code } = await bundleOf('publish');
    const plain = await bundleOf('publish', undefined, { ...splitHandlerOptions('functions/publish/handler.ts', '/publish.mjs'), plugins: [] });
    expect(code).toContain('left out of this bundle (infra/parquet-features.ts)');
    expect(plain.code).not.toContain('left out of this bundle');
    expect(plain.code.length - code.length).toBeGreaterThan(14_000);
  }, 60_000);

  it('observations.parquet written through a bundle built with the handler settings is the file the source writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parquet-bundle-'));
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(entry, `export { ParquetSink } from ${JSON.stringify(join(process.cwd(), 'functions/core/publish/parquet.ts'))};\n`);
      await build({ ...handlerBuildOptions(), entryPoints: [entry], outfile: join(dir, 'bundle.mjs') });
      const bundled = (await import(pathToFileURL(join(dir, 'bundle.mjs')).href)) as { ParquetSink: typeof ParquetSink };
      // Rows of every column type, with repeats (dictionaries), nulls and three row groups.
      const value = (name: keyof Observation, i: number): unknown => {
        const { type } = OBSERVATION_COLUMN_DOCS[name];
        if (name !== 'observation_id' && name !== 'revision' && i % 7 === 3) return null;
        if (type === 'number') return i % 5 === 0 ? -i / 3 : i * 1.25;
        if (type === 'integer') return i % 4;
        if (type === 'date') return `2025-${String((i % 12) + 1).padStart(2, '0')}-15`;
        if (type === 'boolean') return i % 2 === 0;
        return name === 'observation_id' ? `id-${i}` : `${name} ${i % 9} é`;
      };
      const rows = Array.from({ length: 2_500 }, (_, i) => Object.fromEntries(OBSERVATION_COLUMNS.map((name) => [name, value(name, i)])) as unknown as Observation);
      const write = async (Sink: typeof ParquetSink) => {
        const chunks: Uint8Array[] = [];
        const sink = new Sink({ write: async (chunk) => void chunks.push(chunk) }, 1_000);
        for (const row of rows) {
          sink.push(row);
          await sink.drain();
        }
        await sink.end();
        return Buffer.concat(chunks);
      };
      const [fromSource, fromBundle] = [await write(ParquetSink), await write(bundled.ParquetSink)];
      expect(fromSource.length).toBeGreaterThan(10_000);
      expect(fromBundle.equals(fromSource)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
