/** `customs-publisher diff DATASET A B`: rows added, revised (old → new) and removed from version A to B. */
import { parseArgs } from 'node:util';
import type { Observation } from '../../functions/core/contract.js';
import { numberText } from '../../functions/core/publish/render.js';
import { UsageError } from './errors.js';
import { openPublished, resolveVersion, SOURCE_OPTIONS } from './published.js';
import { rowsAtVersions } from './vintages.js';

/** The differences between two sets of rows keyed by observation_id. */
export function diffRows(from: Map<string, Observation>, to: Map<string, Observation>) {
  const added: Observation[] = [];
  const revised: Array<{ old: Observation; new: Observation }> = [];
  const removed: Observation[] = [];
  for (const [id, row] of to) {
    const before = from.get(id);
    if (!before) added.push(row);
    else if (before.revision !== row.revision) revised.push({ old: before, new: row });
  }
  for (const [id, row] of from) if (!to.has(id)) removed.push(row);
  const byId = (a: Observation, b: Observation) => (a.observation_id < b.observation_id ? -1 : 1);
  return { added: added.sort(byId), revised: revised.sort((a, b) => byId(a.new, b.new)), removed: removed.sort(byId) };
}

const figure = (row: Observation) => `${row.value === null ? '-' : numberText(row.value)} ${row.unit}${row.yoy_pct === null ? '' : ` (${row.yoy_pct > 0 ? '+' : ''}${row.yoy_pct}% yoy)`}`;
const label = (row: Observation) => [row.area, row.partner, row.flow, row.commodity, row.breakdown, row.measure, row.period_start === row.period_end ? row.period_start : `${row.period_start}..${row.period_end}`].filter(Boolean).join(' | ');

/** Prints what changed between two versions (either order; A is the "before"). */
export async function diffCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: SOURCE_OPTIONS });
  if (positionals.length !== 3) throw new UsageError('diff takes DATASET A B (two versions, or "latest")');
  const [dataset, a, b] = positionals;
  const published = await openPublished(values);
  try {
    const [versionA, versionB] = [await resolveVersion(published, dataset, a), await resolveVersion(published, dataset, b)];
    const [rowsA, rowsB] = await rowsAtVersions(published, dataset, [versionA, versionB]);
    const diff = diffRows(rowsA, rowsB);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ dataset, from: versionA, to: versionB, counts: { added: diff.added.length, revised: diff.revised.length, removed: diff.removed.length }, ...diff }, null, 2)}\n`);
      return 0;
    }
    for (const row of diff.added) process.stdout.write(`added    ${row.observation_id}  ${label(row)}  ${figure(row)}\n`);
    for (const { old, new: row } of diff.revised) process.stdout.write(`revised  ${row.observation_id}  ${label(row)}  ${figure(old)} → ${figure(row)}\n`);
    for (const row of diff.removed) process.stdout.write(`removed  ${row.observation_id}  ${label(row)}  ${figure(row)}\n`);
    process.stderr.write(`${dataset} v${versionA} → v${versionB}: ${diff.added.length} added, ${diff.revised.length} revised, ${diff.removed.length} removed\n`);
    return 0;
  } finally {
    await published.close();
  }
}
