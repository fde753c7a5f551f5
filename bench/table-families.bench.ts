/**
 * Per-family accuracy of the statistical table extractor on the round 4 fixtures (one per GACC
 * monthly family and variant, tests/fixtures/tables/r4-*.expected.json): for each rendering, the
 * cells expected, read, read wrong (a row the expected set does not have) and missed, with the
 * resulting precision and recall. Accuracy, not speed: the numbers are printed, never asserted.
 * Run: npm run bench -- table-families
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { ExtractionContext, ObservationDraft } from '../functions/core/contract.js';
import { extractStatisticalTable } from '../functions/core/extract/table/index.js';

const FIXTURES = new URL('../tests/fixtures/tables/', import.meta.url);
const CONTEXT: ExtractionContext = { dataset: 'bench', release_id: 'bench-release', source_url: 'http://example.test/t.html', published: '2021-11-20' };

/** The fields that make a cell right: what it is, its period, its figure, unit and change. */
function key(row: Pick<ObservationDraft, 'source_quote' | 'flow' | 'commodity' | 'partner' | 'area' | 'breakdown' | 'measure' | 'period_start' | 'period_end' | 'value' | 'unit' | 'yoy_pct'>): string {
  return [row.source_quote, row.flow, row.commodity, row.partner, row.area, row.breakdown, row.measure, row.period_start, row.period_end, row.value, row.unit, row.yoy_pct].join('|');
}

/** Scores one rendering of one family. */
function score(name: string, rendering: 'html' | 'txt'): Record<string, string | number> {
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), 'utf8')) as { rows: ObservationDraft[]; txt_rows?: ObservationDraft[] };
  const want = new Set((rendering === 'txt' && expected.txt_rows ? expected.txt_rows : expected.rows).map(key));
  const body = readFileSync(new URL(`${name}.${rendering}`, FIXTURES), 'utf8');
  const outcome = extractStatisticalTable(body, CONTEXT, { contentType: rendering === 'html' ? 'text/html' : 'text/plain' });
  const got = outcome.ok ? outcome.rows.map(key) : [];
  const right = got.filter((k) => want.has(k)).length;
  return {
    family: name.replace(/^r4-\d+-/, ''),
    rendering,
    expected: want.size,
    read: got.length,
    wrong: got.length - right,
    missed: want.size - right,
    outcome: outcome.ok ? 'read' : `rejected: ${outcome.reason.slice(0, 60)}`,
  };
}

/** Scores every family in both renderings, with a total row. */
export async function run(): Promise<Array<Record<string, string | number>>> {
  const names = readdirSync(FIXTURES)
    .filter((f) => /^r4-.*\.expected\.json$/.test(f))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
  const rows = names.flatMap((name) => [score(name, 'html'), score(name, 'txt')]);
  const sum = (field: string) => rows.reduce((acc, r) => acc + Number(r[field]), 0);
  const read = sum('read');
  const expected = sum('expected');
  const wrong = sum('wrong');
  rows.push({ family: 'ALL', rendering: 'both', expected, read, wrong, missed: sum('missed'), outcome: `precision ${(read === 0 ? 1 : (read - wrong) / read).toFixed(3)}, recall ${((read - wrong) / expected).toFixed(3)}` });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
