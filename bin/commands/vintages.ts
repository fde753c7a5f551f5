/**
 * Rows of a dataset as they were at any version, rebuilt from a later version's vintages.ndjson:
 * the rows of version K are the vintage lines with introduced_in <= K and (superseded_in empty or
 * superseded_in > K). Shared by `as-of` and `diff`.
 */
import type { Observation } from '../../functions/core/contract.js';
import { versionPrefix, VERSION_FILES } from '../../functions/core/publish/documents.js';
import { parseVintageLine } from '../../functions/core/publish/render.js';
import { inVersion } from '../../functions/core/publish/diff.js';
import { CommandError } from './errors.js';
import { latestVersion, publishedLines, type Published } from './published.js';

/** The rows of each asked version, keyed by observation_id, read in one pass over one vintages file. */
export async function rowsAtVersions(published: Published, dataset: string, versions: number[]): Promise<Array<Map<string, Observation>>> {
  const latest = await latestVersion(published, dataset);
  for (const v of versions) if (v > latest) throw new CommandError(`${dataset} has no version ${v} (latest is ${latest})`, 1);
  const source = Math.max(...versions);
  const results = versions.map(() => new Map<string, Observation>());
  for await (const line of publishedLines(published, versionPrefix(dataset, source) + VERSION_FILES.vintages.path)) {
    const head = parseVintageLine(line);
    versions.forEach((k, i) => {
      if (inVersion(head, k)) {
        const { introduced_in: _in, superseded_in: _out, ...row } = JSON.parse(line) as Observation & { introduced_in: number; superseded_in: number | null };
        results[i].set(row.observation_id, row as Observation);
      }
    });
  }
  return results;
}
