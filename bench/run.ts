/**
 * `npm run bench [-- NAME...]`: runs every bench/*.bench.ts (or those whose file name contains one
 * of the NAMEs) in sequence and prints each one's rows as a table. A bench module exports
 * `run(): Promise<Array<Record<string, string | number>>>`; timings are printed, never asserted.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

type BenchRow = Record<string, string | number>;
type BenchModule = { run?: () => Promise<BenchRow[]> };

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)))
  .sort();

/** Renders rows as an aligned text table (columns are the union of the rows' keys, in first-seen order). */
function table(rows: BenchRow[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: string | number | undefined) => (v === undefined ? '' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n');
}

if (files.length === 0) {
  process.stderr.write(`no bench matches ${filters.join(', ')}\n`);
  process.exitCode = 1;
}
for (const file of files) {
  process.stdout.write(`\n## ${file}\n`);
  const started = performance.now();
  try {
    const module = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
    if (typeof module.run !== 'function') throw new Error('exports no run()');
    const rows = await module.run();
    process.stdout.write(`${table(rows)}\n(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  } catch (error) {
    process.stdout.write(`failed: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  }
}
