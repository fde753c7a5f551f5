/**
 * The quality stage on the real pipeline (DynamoDB Local, fauxqs for S3, SNS and SQS, the Lambda handlers):
 * every version carries quality.json; a bad figure injected into the sample table is held back
 * and listed for review in the table; accepting it publishes it in the next version.
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { DynamoQualityReviewStore } from '../../functions/adapters/dynamo-quality-review.js';
import { DynamoReleaseLedger } from '../../functions/adapters/dynamo-release-ledger.js';
import { decideHeldRow } from '../../functions/core/quality/decide.js';
import { runPipelineOnce } from '../../bin/local/pipeline.js';
import { startSampleServer, type SampleServer } from '../../bin/local/sample-server.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

const TABLES = 'china-trade-by-customs-regime';
let stack: TestStack;
let sample: SampleServer;
let sourceDir: string;
let reviews: DynamoQualityReviewStore;

async function json(key: string): Promise<any> {
  const out = await stack.services.clients.s3.send(new GetObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: key }));
  return JSON.parse(await out.Body!.transformToString());
}
const rowsOf = async (version: number) => (await json(`datasets/${TABLES}/v${version}/observations.json`)) as { observation_id: string; value: number; source_quote: string }[];

beforeAll(async () => {
  stack = await startTestStack();
  sourceDir = mkdtempSync(join(tmpdir(), 'cp-quality-source-'));
  cpSync(fileURLToPath(new URL('../../bin/sample-source/', import.meta.url)), sourceDir, { recursive: true });
  sample = await startSampleServer(sourceDir);
  await stack.putSources(JSON.parse(readFileSync(join(sourceDir, 'sources.json'), 'utf8').replaceAll('{{BASE_URL}}', sample.baseUrl)).sources);
  reviews = new DynamoQualityReviewStore(stack.services.clients.dynamodb, LOCAL_NAMES.table);
});

afterAll(async () => {
  await sample?.close();
  await stack?.stop();
  rmSync(sourceDir, { recursive: true, force: true });
});

// Each step runs the real handlers on the local services; on a loaded machine one step has taken past the default minute.
describe('quality on the sample source', { timeout: 300_000 }, () => {
  it('publishes version 1 of each dataset with a quality.json listed in its Data Package and manifest, nothing held back', async () => {
    const run = await runPipelineOnce(stack.services);
    const published = run.publish.filter((p) => p.status === 'published');
    expect(published).toHaveLength(2);
    for (const p of published) {
      if (p.status !== 'published') continue;
      expect(p).toMatchObject({ quality: { fail: 0, held_back: 0 } });
      const prefix = `datasets/${p.dataset}/v1/`;
      const quality = await json(`${prefix}quality.json`);
      expect(quality.summary.rows_checked).toBe(p.rows);
      expect(quality.checks.map((c: { name: string }) => c.name)).toContain('parts-and-totals');
      expect((await json(`${prefix}datapackage.json`)).resources.map((r: { path: string }) => r.path)).toContain('quality.json');
      expect((await json(`${prefix}manifest.json`)).files.map((f: { path: string }) => f.path)).toContain('quality.json');
    }
    expect(await reviews.listHeld()).toEqual([]);
  });

  it('holds back a regime figure misprinted ten times too large, keeps the earlier figure and lists it for review with the reason', async () => {
    const page = join(sourceDir, 'tables/customs-regime-2025-10.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('140,118,203', '1,401,182,030'));
    const run = await runPipelineOnce(stack.services);
    expect(run.normalize).toEqual([expect.objectContaining({ status: 'normalized', revised: 1 })]);
    const held = await reviews.listHeld();
    expect(held).toEqual([expect.objectContaining({ dataset: TABLES, revision: 2, status: 'held', checks: ['parts-and-totals'] })]);
    expect(held[0].reasons[0]).toMatch(/customs regime parts of export .* add up to 1478593941000 but the total is 217530114000 USD/);
    const ledger = new DynamoReleaseLedger(stack.services.clients.dynamodb, LOCAL_NAMES.table);
    expect((await ledger.get(held[0].release_id))?.held_back).toEqual([expect.stringMatching(new RegExp(`^${TABLES}/${held[0].observation_id} rev 2 .*parts-and-totals`))]);
    // The only change was the held figure, so no version: subscribers keep the right one.
    expect(run.publish.find((p) => p.dataset === TABLES)).toMatchObject({ status: 'unchanged', version: 1 });
    expect((await rowsOf(1)).find((r) => r.source_quote === 'Ordinary Trade | Exports 10')).toMatchObject({ value: 140_118_203_000 });
  });

  it('publishes the figure in the next version once an operator accepts it, with the decision in quality.json', async () => {
    const [held] = await reviews.listHeld();
    const datasets = new DynamoDatasetStateStore(stack.services.clients.dynamodb, LOCAL_NAMES.table);
    await decideHeldRow({ id: held.observation_id, decision: 'accept', reason: 'the printed bulletin says so', by: 'integration-test' }, { reviews, datasets, clock: { now: () => new Date('2025-11-21T09:00:00Z') } });
    const run = await runPipelineOnce(stack.services);
    expect(run.publish.find((p) => p.dataset === TABLES)).toMatchObject({ status: 'published', version: 2, changes: { revised: 1 }, quality: { held_back: 0, accepted_by_review: 1 } });
    expect((await rowsOf(2)).find((r) => r.observation_id === held.observation_id)).toMatchObject({ value: 1_401_182_030_000 });
    const quality = await json(`datasets/${TABLES}/v2/quality.json`);
    expect(quality.review_decisions).toEqual([expect.objectContaining({ observation_id: held.observation_id, decision: 'accept', by: 'integration-test', reason: 'the printed bulletin says so' })]);
    expect(await reviews.listHeld()).toEqual([]);
    expect((await new DynamoReleaseLedger(stack.services.clients.dynamodb, LOCAL_NAMES.table).get(held.release_id))?.held_back).toEqual([]);
  });
});
