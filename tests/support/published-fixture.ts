/**
 * Test support: three published versions of one dataset on the local services, made by the real
 * pipeline (ingest → normalize → publish through the Lambda handlers), with the local site server
 * in front of the bucket. v1: the October table, whose "Border Trade" row label carries hostile
 * markup (a table is third-party text: it must stay inert everywhere we show it); v2: adds the
 * September table; v3: one October figure revised in place, with its total (so the table's own
 * cross-check still holds and the quality gate lets both through).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipelineOnce } from '../../bin/local/pipeline.js';
import { CHECK_NAMES } from '../../functions/core/quality/config.js';
import { startSampleServer, type SampleServer } from '../../bin/local/sample-server.js';
import { startSiteServer, type SiteServer } from '../../bin/local/site-server.js';
import { startTestStack, type TestStack } from './local-stack.js';

export const DATASET = 'regime-tables';
/** What a hostile publisher could put in a row label; decoded from the HTML entities of the table. */
export const HOSTILE_LABEL = 'Border Trade </script><img src=x onerror="document.title=\'pwned\'"> & <b>bold</b>';
/** The dataset title from the sources file, hostile too. */
export const HOSTILE_TITLE = 'Regime tables <script>document.title="pwned"</script> & "quotes"';
/** October's ordinary-trade exports before and after the revision of v3, in US dollars. */
export const REVISED = { before: 140_118_203_000, after: 141_002_550_000 };
/** October's total exports before and after v3 (raised by the same amount). */
export const REVISED_TOTAL = { before: 217_530_114_000, after: 218_414_461_000 };

const tableA = readFileSync(fileURLToPath(new URL('../../bin/sample-source/tables/customs-regime-2025-10.html', import.meta.url)), 'utf8').replace(
  '<td rowspan="2">Border Trade</td>',
  '<td rowspan="2">Border Trade &lt;/script&gt;&lt;img src=x onerror="document.title=\'pwned\'"&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</td>',
);
const tableB = tableA.replaceAll('10.2025', '09.2025').replace('<td bgcolor="#C0D9EE">10</td><td bgcolor="#C0D9EE">1 to 10</td><td bgcolor="#C0D9EE">10</td><td bgcolor="#C0D9EE">1 to 10</td>', '<td bgcolor="#C0D9EE">9</td><td bgcolor="#C0D9EE">1 to 9</td><td bgcolor="#C0D9EE">9</td><td bgcolor="#C0D9EE">1 to 9</td>');
const tableARevised = tableA.replace('140,118,203', '141,002,550').replace('217,530,114', '218,414,461');

const feed = (items: Array<{ title: string; link: string; date: string }>) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Regime tables</title><link>tables/</link><description>test</description>\n${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${i.date}</pubDate></item>`).join('\n')}\n</channel></rss>\n`;
const itemA = { title: 'Imports and Exports by Customs Regime, 10.2025', link: 'tables/regime-2025-10.html', date: 'Thu, 20 Nov 2025 02:00:00 GMT' };
const itemB = { title: 'Imports and Exports by Customs Regime, 09.2025', link: 'tables/regime-2025-09.html', date: 'Mon, 20 Oct 2025 02:00:00 GMT' };

export interface PublishedFixture {
  stack: TestStack;
  site: SiteServer;
  stop(): Promise<void>;
}

/** Runs the pipeline three times and serves the result; throws unless each run published a version. */
export async function publishThreeVersions(): Promise<PublishedFixture> {
  const stack = await startTestStack();
  const folder = mkdtempSync(join(tmpdir(), 'published-fixture-source-'));
  let sample: SampleServer | undefined;
  let site: SiteServer | undefined;
  const stop = async () => {
    await site?.close();
    await sample?.close();
    await stack.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    sample = await startSampleServer(folder);
    // v3 revises one part of the table without its total; with the default settings the quality
    // stage would hold it back, so here parts-and-totals only warns (quality.json still lists it).
    // The September table is October's relabelled, so January-September plus October cannot make
    // January-October: month-adds-to-cumulative only warns too.
    const quality = { hard_checks: CHECK_NAMES.filter((c) => c !== 'parts-and-totals' && c !== 'share-of-total' && c !== 'large-revision' && c !== 'month-adds-to-cumulative') };
    await stack.putSources([{ id: 'regime-tables', kind: 'statistical-table', dataset: DATASET, title: HOSTILE_TITLE, discovery: { type: 'feed', url: `${sample.baseUrl}/feed.xml` }, politeness: { min_interval_ms: 0 }, local: true }], quality);
    const serve = (files: Record<string, string>) => {
      for (const [path, body] of Object.entries(files)) {
        mkdirSync(join(folder, path, '..'), { recursive: true });
        writeFileSync(join(folder, path), body);
      }
    };
    const steps: Array<Record<string, string>> = [
      { 'feed.xml': feed([itemA]), 'tables/regime-2025-10.html': tableA },
      { 'feed.xml': feed([itemA, itemB]), 'tables/regime-2025-09.html': tableB },
      { 'feed.xml': feed([{ ...itemA, title: `${itemA.title} (revised)` }, itemB]), 'tables/regime-2025-10.html': tableARevised },
    ];
    for (const [i, files] of steps.entries()) {
      serve(files);
      const run = await runPipelineOnce(stack.services);
      const published = run.publish.find((p) => p.dataset === DATASET && p.status === 'published');
      if (!published || published.status !== 'published' || published.version !== i + 1) throw new Error(`run ${i + 1} did not publish version ${i + 1}: ${JSON.stringify(run.publish)}`);
    }
    site = await startSiteServer({ s3: stack.services.clients.s3 });
    return { stack, site, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
