/** `customs-publisher versions DATASET`: every published version with its counts (or --json). */
import { parseArgs } from 'node:util';
import type { SnapshotManifest } from '../../functions/core/contract.js';
import { UsageError } from './errors.js';
import { printTable } from './datasets.js';
import { latestVersion, openPublished, readVersionManifest, SOURCE_OPTIONS } from './published.js';

/** Lists versions 1..latest of a dataset, newest first, from their manifests. */
export async function versionsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: SOURCE_OPTIONS });
  if (positionals.length !== 1) throw new UsageError('versions takes exactly one DATASET');
  const [dataset] = positionals;
  const published = await openPublished(values);
  try {
    const latest = await latestVersion(published, dataset);
    const manifests: SnapshotManifest[] = [];
    // A few at a time: polite to the server, and a long history still lists quickly.
    for (let top = latest; top >= 1; top -= 8) {
      const batch = Array.from({ length: Math.min(8, top) }, (_, i) => top - i);
      manifests.push(...(await Promise.all(batch.map((v) => readVersionManifest(published, dataset, v)))));
    }
    if (values.json) {
      process.stdout.write(`${JSON.stringify(manifests.map(({ dataset: d, version, created_at, data_as_of, row_count, period_start, period_end, changes, citation }) => ({ dataset: d, version, created_at, data_as_of, row_count, period_start, period_end, changes, citation })), null, 2)}\n`);
      return 0;
    }
    printTable(
      ['version', 'created', 'rows', 'added', 'revised', 'removed', 'data as of'],
      manifests.map((m) => [`v${m.version}`, m.created_at.slice(0, 19).replace('T', ' '), String(m.row_count), String(m.changes.added), String(m.changes.revised), String(m.changes.removed), m.data_as_of]),
    );
    return 0;
  } finally {
    await published.close();
  }
}
