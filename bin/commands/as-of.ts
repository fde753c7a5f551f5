/** `customs-publisher as-of DATASET --version K`: the rows as they were at version K (CSV, or --json). */
import { parseArgs } from 'node:util';
import { CSV_HEADER, csvRecord, jsonRecord } from '../../functions/core/publish/render.js';
import { sortInPublishOrder } from '../../functions/core/publish/row-order.js';
import { UsageError } from './errors.js';
import { openPublished, resolveVersion, SOURCE_OPTIONS } from './published.js';
import { rowsAtVersions } from './vintages.js';

/** Prints version K's rows, rebuilt from the vintages, in the order of the published files (period, then observation_id). */
export async function asOfCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...SOURCE_OPTIONS, version: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('as-of takes exactly one DATASET');
  if (!values.version) throw new UsageError('as-of needs --version K');
  const [dataset] = positionals;
  const published = await openPublished(values);
  try {
    const version = await resolveVersion(published, dataset, values.version);
    const [rows] = await rowsAtVersions(published, dataset, [version]);
    const sorted = sortInPublishOrder([...rows.values()]);
    if (values.json) process.stdout.write(`[${sorted.length ? '\n' + sorted.map(jsonRecord).join(',\n') + '\n' : ''}]\n`);
    else process.stdout.write(CSV_HEADER + sorted.map(csvRecord).join(''));
    process.stderr.write(`${sorted.length} row(s) of ${dataset} as of version ${version}\n`);
    return 0;
  } finally {
    await published.close();
  }
}
