/**
 * The customs-publisher command line.
 *
 *   customs-publisher extract FILE [--published YYYY-MM-DD] [--kind press-release|statistical-table|auto]
 *                                  [--format json|csv] [--default-unit U] [--dataset ID] [--offsets]
 *   customs-publisher releases [--status fetched|normalized|failed|quarantined] [--source ID] [--local]
 *   customs-publisher releases retry RELEASE_ID [--local]
 *   customs-publisher releases quarantine RELEASE_ID --reason TEXT [--local]
 *   customs-publisher releases redrive --from DEAD_LETTER_QUEUE_URL [--to QUEUE_URL] [--local]
 *   customs-publisher reprocess [--source ID] [--local] [--batch N] [--after RELEASE_ID]
 *   customs-publisher order-keys [--dataset ID] [--local]
 *   customs-publisher review [--dataset ID] [--local] [--format table|json]
 *   customs-publisher review accept|reject ID --reason "..." [--by NAME] [--local]
 *   customs-publisher sources check [--file infra/sources.json] [--source ID] [--releases N] [--format text|json]
 *
 * Published datasets (from the local run with --local, or any public base URL with --base-url URL,
 * default $CP_PUBLIC_BASE_URL; --json for scripts):
 *   customs-publisher datasets
 *   customs-publisher versions DATASET
 *   customs-publisher download DATASET [--version N|latest] [--format csv|csv.gz|json|ndjson|parquet|all] [--out DIR]
 *   customs-publisher diff DATASET A B
 *   customs-publisher as-of DATASET --version K
 *
 * Only results go to stdout; diagnostics go to stderr. Exit codes: 0 ok, 1 the input was rejected
 * or could not be read, 2 usage error, 3 a downloaded file did not match its manifest (refused).
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RELEASE_STATES, Slug, type ReleaseState } from '../functions/core/contract.js';
import { CommandError, UsageError } from './commands/errors.js';

const USAGE = readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0].replace(/^\/\*\*?|^ \* ?/gm, '').trim();
const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(`${text}\n`);

function sniffContentType(path: string, body: string): string {
  if (/\.html?$/i.test(path) || /^\s*<(!doctype html|html|table|body|div|p)\b/i.test(body)) return 'text/html; charset=utf-8';
  return 'text/plain; charset=utf-8';
}

async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      kind: { type: 'string', default: 'auto' },
      format: { type: 'string', default: 'json' },
      'default-unit': { type: 'string' },
      dataset: { type: 'string', default: 'extract' },
      offsets: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('extract takes exactly one FILE (use - for standard input)');
  const kind = values.kind as string;
  if (!['press-release', 'statistical-table', 'auto'].includes(kind)) throw new UsageError(`--kind must be press-release, statistical-table or auto, not "${kind}"`);
  if (!['json', 'csv'].includes(values.format as string)) throw new UsageError(`--format must be json or csv, not "${values.format}"`);
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new UsageError(`--published must be YYYY-MM-DD, not "${values.published}"`);
  if (!Slug.safeParse(values.dataset).success) throw new UsageError(`--dataset must be a slug (a-z, 0-9, -), not "${values.dataset}"`);

  // Loaded here, not at the top: `releases` must keep working whatever state the extractors are in.
  const { detectKind, extractRelease } = await import('../functions/core/extract/index.js');
  const { sha256Hex } = await import('../functions/core/identity.js');
  const { observationFromDraft } = await import('../functions/core/normalize/revisions.js');
  const { decodeBody } = await import('../functions/core/normalize/normalize-release.js');
  const { CSV_HEADER, csvRecord, jsonRecord } = await import('../functions/core/publish/render.js');
  const [file] = positionals;
  let bytes: Buffer;
  try {
    if (file !== '-' && statSync(file).isDirectory()) throw new Error('is a directory');
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    err(`customs-publisher extract: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  const probe = bytes.toString('utf8', 0, Math.min(bytes.length, 4096));
  const contentType = sniffContentType(file, probe);
  const body = decodeBody(bytes, contentType);
  const resolvedKind = kind === 'auto' ? detectKind(body, contentType) : (kind as 'press-release' | 'statistical-table');
  let published = values.published;
  // A press release without --published dates itself (dateline, page metadata) or keeps relative periods open.
  if (!published && resolvedKind === 'press-release') published = '';
  else if (!published) {
    published = new Date().toISOString().slice(0, 10);
    err(`note: no --published given; using today (${published}) as the publication date`);
  }
  if (kind === 'auto') err(`note: detected kind ${resolvedKind}`);
  const context = {
    dataset: values.dataset as string,
    release_id: `file-${sha256Hex(bytes).slice(0, 16)}`,
    source_url: file === '-' ? 'stdin' : pathToFileURL(resolve(file)).toString(),
    published,
  };
  const outcome = extractRelease(body, context, { kind: resolvedKind, contentType, defaultUnit: values['default-unit'] });
  if (!outcome.ok) {
    err(`customs-publisher extract: ${file} rejected: ${outcome.reason}`);
    return 1;
  }
  for (const warning of outcome.warnings) err(`warning: ${warning}`);
  const rows = outcome.rows.map((draft) => ({ row: observationFromDraft(draft, 1), draft }));
  if (values.format === 'csv') {
    out(CSV_HEADER + rows.map(({ row }) => csvRecord(row)).join(''));
  } else {
    const records = rows.map(({ row, draft }) => (values.offsets ? JSON.stringify({ ...JSON.parse(jsonRecord(row)), quote_start: draft.quote_start, quote_end: draft.quote_end }) : jsonRecord(row)));
    out(`[${records.length ? '\n  ' + records.join(',\n  ') + '\n' : ''}]\n`);
  }
  err(`${rows.length} row(s) from ${file}`);
  return 0;
}

async function releasesCommand(argv: string[]): Promise<number> {
  if (['retry', 'quarantine', 'redrive'].includes(argv[0])) {
    const { releaseDecisionCommand, DecisionUsageError } = await import('./commands/release-decisions.js');
    try {
      return await releaseDecisionCommand(argv[0] as 'retry' | 'quarantine' | 'redrive', argv.slice(1), (line) => out(`${line}\n`));
    } catch (error) {
      throw error instanceof DecisionUsageError ? new UsageError(error.message) : error;
    }
  }
  const { values } = parseArgs({ args: argv, options: { status: { type: 'string' }, source: { type: 'string' }, local: { type: 'boolean', default: false }, format: { type: 'string', default: 'table' } } });
  if (values.status && !RELEASE_STATES.includes(values.status as ReleaseState)) throw new UsageError(`--status must be one of ${RELEASE_STATES.join(', ')}`);
  const { listReleases } = await import('./releases.js');
  const releases = await listReleases({ state: values.status as ReleaseState | undefined, sourceId: values.source, local: values.local });
  if (values.format === 'json') {
    out(`${JSON.stringify(releases, null, 2)}\n`);
    return 0;
  }
  for (const r of releases) {
    out(`${r.state.padEnd(11)} ${r.source_id.padEnd(24)} ${r.release_id.padEnd(40)} ${r.published} attempts=${r.attempts} ${r.url}${r.reason ? `\n            reason: ${r.reason}` : ''}\n`);
    for (const note of r.held_back ?? []) out(`            held back: ${note}\n`);
  }
  err(`${releases.length} release(s)`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'extract') return await extractCommand(rest);
    if (command === 'releases') return await releasesCommand(rest);
    if (command === 'reprocess') return await (await import('./commands/reprocess.js')).reprocessCli(rest);
    if (command === 'order-keys') return await (await import('./commands/order-keys.js')).orderKeysCli(rest);
    if (command === 'review') return await (await import('./commands/review.js')).reviewCommand(rest, { out, err }, (m) => new UsageError(m));
    if (command === 'sources') return await (await import('./commands/sources-check.js')).sourcesCommand(rest, { out, err: (text) => err(text) });
    if (command === 'datasets') return await (await import('./commands/datasets.js')).datasetsCommand(rest);
    if (command === 'versions') return await (await import('./commands/versions.js')).versionsCommand(rest);
    if (command === 'download') return await (await import('./commands/download.js')).downloadCommand(rest);
    if (command === 'diff') return await (await import('./commands/diff.js')).diffCommand(rest);
    if (command === 'as-of') return await (await import('./commands/as-of.js')).asOfCommand(rest);
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      out(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`customs-publisher: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    err(`customs-publisher: ${(error as Error).message}`);
    return error instanceof CommandError ? error.exitCode : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
