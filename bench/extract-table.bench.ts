/**
 * Throughput of the statistical table extractor on the synthetic fixtures, HTML and text.
 * Run: npx tsx bench/extract-table.bench.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { ExtractionContext } from '../functions/core/contract.js';
import { extractStatisticalTable } from '../functions/core/extract/table/index.js';

const FIXTURES = new URL('../tests/fixtures/tables/', import.meta.url);
const LAYOUTS = ['customs-regime', 'trade-mode', 'enterprise-regime', 'commodity-regime', 'country'];
const CONTEXT: ExtractionContext = { dataset: 'bench', release_id: 'bench-release', source_url: 'http://example.test/t.html', published: '2021-11-20' };

/** Extracts each fixture of one rendering repeatedly for about `budgetMs` and reports the rates. */
function measure(rendering: 'html' | 'txt', budgetMs: number): Record<string, string | number> {
  const bodies = LAYOUTS.map((name) => readFileSync(new URL(`${name}.${rendering}`, FIXTURES), 'utf8'));
  const contentType = rendering === 'html' ? 'text/html' : 'text/plain';
  for (const body of bodies) extractStatisticalTable(body, CONTEXT, { contentType }); // warm-up
  let tables = 0;
  let rows = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (const body of bodies) {
      const outcome = extractStatisticalTable(body, CONTEXT, { contentType });
      if (!outcome.ok) throw new Error(`fixture rejected during the benchmark: ${outcome.reason}`);
      tables++;
      rows += outcome.rows.length;
    }
    elapsed = performance.now() - start;
  }
  const seconds = elapsed / 1000;
  return {
    rendering: rendering === 'html' ? 'HTML' : 'text',
    tables,
    rows,
    seconds: Number(seconds.toFixed(2)),
    tables_per_second: Math.round(tables / seconds),
    rows_per_second: Math.round(rows / seconds),
  };
}

/** Runs the benchmark and returns its rows (bench/run.ts prints them). */
export async function run(): Promise<Array<Record<string, string | number>>> {
  return [measure('html', 1500), measure('txt', 1500)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
