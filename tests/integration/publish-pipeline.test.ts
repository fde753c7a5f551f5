/**
 * What `npm start` shows three times over a source folder that changes between runs: run 1 serves
 * release A (a statistical table), run 2 adds release B, run 3 revises one figure of A at the same
 * URL. Each run goes ingest → normalize → publish through the Lambda handlers on the local
 * services and must produce the next version, with verified checksums, the right diff and one
 * notification that a filtered subscription receives (and another filter does not).
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnapshotManifest } from '../../functions/core/contract.js';
import { CHECK_NAMES } from '../../functions/core/quality/config.js';
import { receiveBatch, runPipelineOnce, type PipelineRun } from '../../bin/local/pipeline.js';
import { startSampleServer, type SampleServer } from '../../bin/local/sample-server.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

const DATASET = 'regime-tables';
const tableA = readFileSync(fileURLToPath(new URL('../../bin/sample-source/tables/customs-regime-2025-10.html', import.meta.url)), 'utf8');
// Release B: the same table for September (other periods, so other observation ids).
const tableB = tableA.replaceAll('10.2025', '09.2025').replace('<td bgcolor="#C0D9EE">10</td><td bgcolor="#C0D9EE">1 to 10</td><td bgcolor="#C0D9EE">10</td><td bgcolor="#C0D9EE">1 to 10</td>', '<td bgcolor="#C0D9EE">9</td><td bgcolor="#C0D9EE">1 to 9</td><td bgcolor="#C0D9EE">9</td><td bgcolor="#C0D9EE">1 to 9</td>');
// Release A revised in place: October's ordinary-trade exports corrected, and the total with them
// (a part revised alone would no longer add up to the total, and the quality stage would hold it back).
const tableARevised = tableA.replace('140,118,203', '141,002,550').replace('217,530,114', '218,414,461');

function feed(items: Array<{ title: string; link: string; date: string }>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Regime tables</title><link>tables/</link><description>test</description>\n${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${i.date}</pubDate></item>`)
    .join('\n')}\n</channel></rss>\n`;
}
const itemA = { title: 'Imports and Exports by Customs Regime, 10.2025', link: 'tables/regime-2025-10.html', date: 'Thu, 20 Nov 2025 02:00:00 GMT' };
const itemB = { title: 'Imports and Exports by Customs Regime, 09.2025', link: 'tables/regime-2025-09.html', date: 'Mon, 20 Oct 2025 02:00:00 GMT' };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let stack: TestStack;
let sample: SampleServer;
let folder: string;
let matching: string;
let notMatching: string;
const runs: PipelineRun[] = [];

async function object(key: string): Promise<Uint8Array> {
  const out = await stack.services.clients.s3.send(new GetObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: key }));
  return out.Body!.transformToByteArray();
}
const json = async (key: string) => JSON.parse(Buffer.from(await object(key)).toString('utf8'));

function serve(files: Record<string, string>) {
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), body);
  }
}

beforeAll(async () => {
  stack = await startTestStack();
  folder = mkdtempSync(join(tmpdir(), 'publish-pipeline-source-'));
  sample = await startSampleServer(folder);
  // Release B is release A relabelled, so January-September plus October cannot make January-October:
  // month-adds-to-cumulative only warns here.
  await stack.putSources([
    { id: 'regime-tables', kind: 'statistical-table', dataset: DATASET, discovery: { type: 'feed', url: `${sample.baseUrl}/feed.xml` }, politeness: { min_interval_ms: 0 }, local: true },
  ], { hard_checks: CHECK_NAMES.filter((c) => c !== 'month-adds-to-cumulative') });
  matching = await stack.services.subscribeQueue('pipeline-regime-versions', { dataset: [DATASET] });
  notMatching = await stack.services.subscribeQueue('pipeline-other-versions', { dataset: ['customs-news-figures'] });

  serve({ 'feed.xml': feed([itemA]), 'tables/regime-2025-10.html': tableA });
  runs.push(await runPipelineOnce(stack.services));
  serve({ 'feed.xml': feed([itemA, itemB]), 'tables/regime-2025-09.html': tableB });
  runs.push(await runPipelineOnce(stack.services));
  // The publisher retitles the entry when it revises a table in place; the URL stays the same.
  serve({ 'feed.xml': feed([{ ...itemA, title: `${itemA.title} (revised)` }, itemB]), 'tables/regime-2025-10.html': tableARevised });
  runs.push(await runPipelineOnce(stack.services));
}, 180_000);

afterAll(async () => {
  await sample?.close();
  await stack?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('three runs over a source that gains a release and revises a figure', () => {
  it('publishes versions 1, 2 and 3, one per run', () => {
    expect(runs.map((r) => r.normalize.map((o) => o.status))).toEqual([['normalized'], ['normalized'], ['normalized']]);
    expect(runs.map((r) => r.publish.map((p) => (p.status === 'published' ? p.version : p.status)))).toEqual([[1], [2], [3]]);
  });

  it('writes every file of every version with the bytes and sha256 its manifest lists', async () => {
    for (const version of [1, 2, 3]) {
      const manifest = SnapshotManifest.parse(await json(`datasets/${DATASET}/v${version}/manifest.json`));
      // 8 streamed files, quality.json, 4 code lists and datapackage.json.
      expect(manifest.files).toHaveLength(14);
      for (const file of manifest.files) {
        const body = await object(`datasets/${DATASET}/v${version}/${file.path}`);
        expect(body.byteLength, `v${version}/${file.path}`).toBe(file.bytes);
        expect(sha256(body), `v${version}/${file.path}`).toBe(file.sha256);
      }
    }
    expect(await json(`datasets/${DATASET}/latest.json`)).toMatchObject({ version: 3 });
  });

  it('diffs each version against the one before: 24 added, then 24 added, then the two revised figures', async () => {
    const counts = [];
    for (const version of [1, 2, 3]) counts.push((await json(`datasets/${DATASET}/v${version}/changes.json`)).counts);
    expect(counts).toEqual([{ added: 24, revised: 0, removed: 0 }, { added: 24, revised: 0, removed: 0 }, { added: 0, revised: 2, removed: 0 }]);
    const revised = (await json(`datasets/${DATASET}/v3/changes.json`)).changes.find((c: { breakdown: string }) => c.breakdown === 'customs regime: Ordinary Trade');
    expect(revised).toMatchObject({ change: 'revised', breakdown: 'customs regime: Ordinary Trade', flow: 'export', period_start: '2025-10', old: { value: 140118203000, revision: 1 }, new: { value: 141002550000, revision: 2, status: 'revised' } });
    const delta = Buffer.from(await object(`datasets/${DATASET}/v3/delta.csv`)).toString('utf8').split('\r\n').filter(Boolean);
    expect(delta).toHaveLength(3);
    expect(delta.slice(1).every((line) => line.startsWith('revised,'))).toBe(true);
  });

  it('sends one notification per version to the matching subscription and none to the other', async () => {
    const messages = [...(await receiveBatch(stack.services, matching, 1)), ...(await receiveBatch(stack.services, matching, 0))];
    const bodies = messages.map((m) => JSON.parse(JSON.parse(m.Body!).Message));
    expect(bodies.map((b) => b.version).sort()).toEqual([1, 2, 3]);
    expect(bodies.find((b) => b.version === 3)).toMatchObject({ changes: { added: 0, revised: 2, removed: 0 }, largest_changes: [expect.objectContaining({ old_value: 140118203000, new_value: 141002550000 }), expect.objectContaining({ old_value: 217530114000, new_value: 218414461000 })] });
    expect(await receiveBatch(stack.services, notMatching, 0)).toEqual([]);
  });
});
