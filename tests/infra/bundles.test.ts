/**
 * What each Lambda bundle carries, read from esbuild's metafile with the settings infra uses
 * (infra/bundling.ts): the import graph keeps each stage to the code it calls. Sizes and import
 * times are measured in bench/bundles.bench.ts, never asserted here.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { handlerBuildOptions } from '../../infra/bundling.js';

/** The input files and the external packages of one handler's bundle. */
async function bundleOf(stage: string): Promise<{ inputs: string[]; externals: string[] }> {
  const result = await build({
    ...handlerBuildOptions(),
    entryPoints: [`functions/${stage}/handler.ts`],
    write: false,
    outfile: `/${stage}.mjs`,
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint)!;
  return { inputs: Object.keys(output.inputs), externals: output.imports.filter((i) => i.external).map((i) => i.path) };
}

describe('Lambda bundles', () => {
  it('no bundle carries zod locales (importing zod as `{ z }` pulls every language in)', async () => {
    for (const stage of ['ingest', 'normalize', 'publish']) {
      const { inputs } = await bundleOf(stage);
      expect(inputs.some((f) => f.includes('node_modules/zod/')), stage).toBe(true);
      expect(inputs.filter((f) => f.includes('zod/v4/locales/') && !f.endsWith('/en.js')), stage).toEqual([]);
    }
  }, 60_000);

  it('publish carries neither the extractors nor SQS; ingest and normalize not the Parquet writer nor SNS', async () => {
    const publish = await bundleOf('publish');
    expect(publish.inputs.filter((f) => f.includes('functions/core/extract/'))).toEqual([]);
    expect(publish.inputs.some((f) => f.includes('hyparquet-writer'))).toBe(true);
    expect(publish.externals).not.toContain('@aws-sdk/client-sqs');
    for (const stage of ['ingest', 'normalize']) {
      const { inputs, externals } = await bundleOf(stage);
      expect(inputs.filter((f) => f.includes('hyparquet-writer')), stage).toEqual([]);
      expect(externals, stage).not.toContain('@aws-sdk/client-sns');
      expect(externals, stage).toContain('@aws-sdk/client-sqs');
    }
  }, 60_000);

  it('normalize leaves the extractors to its worker bundle', async () => {
    const normalize = await bundleOf('normalize');
    expect(normalize.inputs.some((f) => f.includes('functions/adapters/worker-extractor'))).toBe(true);
    expect(normalize.inputs.filter((f) => f.includes('functions/core/extract/') && !f.endsWith('limits.ts'))).toEqual([]);
  }, 60_000);
});
