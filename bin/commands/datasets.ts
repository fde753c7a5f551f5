/** `customs-publisher datasets`: the published catalog, one dataset a line (or --json). */
import { parseArgs } from 'node:util';
import { openPublished, readCatalog, SOURCE_OPTIONS } from './published.js';

/** Lists the catalog's datasets with their latest version, rows, period and last update. */
export async function datasetsCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: SOURCE_OPTIONS });
  const published = await openPublished(values);
  try {
    const datasets = await readCatalog(published);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(datasets, null, 2)}\n`);
      return 0;
    }
    const rows = datasets.map((d) => [d.dataset, `v${d.latest_version}`, String(d.row_count), d.period_start ? `${d.period_start}..${d.period_end}` : '-', d.last_updated.slice(0, 10)]);
    printTable(['dataset', 'latest', 'rows', 'period', 'updated'], rows);
    process.stderr.write(`${datasets.length} dataset(s) at ${published.baseUrl}\n`);
    return 0;
  } finally {
    await published.close();
  }
}

/** Prints aligned columns on stdout (numbers are the caller's to format). */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) process.stdout.write(`${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}\n`);
}
