/**
 * The command line of `npm start`, checked before anything starts: a mistyped flag, a folder that
 * does not exist or a broken sources.json each end the run at once with a message naming what the
 * user typed or wrote (never a stack trace, never a storage key) and a non-zero exit code.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSourcesFile } from '../../functions/core/sources.js';

/** What `npm start` was asked to do. */
export interface StartOptions {
  reset: boolean;
  /** The folder served as the sample source (absolute); absent with --feed-url. */
  sourceDir?: string;
  feedUrl?: string;
  dataDir: string;
  /** Log lines on the terminal instead of in the log file. */
  verbose: boolean;
  /** Exit at once instead of serving the catalog site. */
  noServe: boolean;
  help: boolean;
}

/** The options, or the message to print before exiting with `exitCode` (2: usage, 1: bad input). */
export type ParsedStart = { ok: true; options: StartOptions } | { ok: false; message: string; exitCode: 1 | 2 };

const FLAGS = ['reset', 'source-dir', 'feed-url', 'data-dir', 'verbose', 'no-serve', 'help'];

/** The closest known flag to a mistyped one ("--sourcedir" → "--source-dir"), if any is close. */
function suggestion(flag: string): string | undefined {
  const bare = flag.replace(/^-+/, '').replace(/=.*$/, '').toLowerCase();
  return FLAGS.find((known) => known.replaceAll('-', '') === bare.replaceAll('-', '').replaceAll('_', ''));
}

/** Parses and checks the arguments of `npm start`. */
export function parseStartOptions(argv: string[], defaults: { dataDir: string; sampleDir: string }): ParsedStart {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        reset: { type: 'boolean', default: false },
        'source-dir': { type: 'string' },
        'feed-url': { type: 'string' },
        'data-dir': { type: 'string', default: defaults.dataDir },
        verbose: { type: 'boolean', short: 'v', default: false },
        'no-serve': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    const unknown = /option '([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    const known = unknown ? suggestion(unknown) : undefined;
    const reason = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `unknown option ${unknown}${known ? ` (did you mean --${known}?)` : ''}` : (error as Error).message;
    return { ok: false, exitCode: 2, message: `npm start: ${reason}\nRun "npm start -- --help" for the options.` };
  }
  const options: StartOptions = { reset: values.reset === true, dataDir: resolve(values['data-dir'] as string), verbose: values.verbose === true, noServe: values['no-serve'] === true, help: values.help === true };
  if (options.help) return { ok: true, options };
  if (values['source-dir'] && values['feed-url']) return { ok: false, exitCode: 2, message: 'npm start: give --source-dir or --feed-url, not both' };
  if (values['feed-url']) {
    const url = values['feed-url'] as string;
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) return { ok: false, exitCode: 2, message: `npm start: --feed-url must be an http(s) URL, not "${url}"` };
    return { ok: true, options: { ...options, feedUrl: url } };
  }
  const dir = resolve((values['source-dir'] as string | undefined) ?? defaults.sampleDir);
  if (!existsSync(dir)) return { ok: false, exitCode: 2, message: `npm start: --source-dir ${dir}: no such folder` };
  if (!statSync(dir).isDirectory()) return { ok: false, exitCode: 2, message: `npm start: --source-dir ${dir}: not a folder` };
  const sourcesFile = join(dir, 'sources.json');
  if (!existsSync(sourcesFile) && !existsSync(join(dir, 'feed.xml'))) {
    return { ok: false, exitCode: 2, message: `npm start: --source-dir ${dir} has neither sources.json nor feed.xml; see bin/sample-source for the layout` };
  }
  if (existsSync(sourcesFile)) {
    // {{BASE_URL}} is filled in later with the local server's address; any valid URL stands in for it here.
    const { errors, sources } = parseSourcesFile(readFileSync(sourcesFile, 'utf8').replaceAll('{{BASE_URL}}', 'http://127.0.0.1:1'), sourcesFile);
    if (errors.length > 0) return { ok: false, exitCode: 1, message: `npm start: ${sourcesFile} has errors; nothing was run:\n${errors.map((e) => `  ${e}`).join('\n')}` };
    if (sources.length === 0) return { ok: false, exitCode: 1, message: `npm start: ${sourcesFile} lists no source; nothing was run` };
  }
  return { ok: true, options: { ...options, sourceDir: dir } };
}

/**
 * A warning when local state was built from another source folder (or feed) than this run's:
 * figures of the old one would be revised or removed by the new one without a word. Records
 * this run's origin for the next.
 */
export function sourceChangeWarning(dataDir: string, origin: string): string | undefined {
  const marker = join(dataDir, 'source-origin');
  const previous = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : undefined;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(marker, `${origin}\n`);
  if (!previous || previous === origin) return undefined;
  return `warning: the local state in ${dataDir} was built from ${previous}; this run reads ${origin}. Its releases and figures mix with the earlier ones, and figures the earlier releases reported may be revised. Run with --reset to start clean, or --data-dir to keep a separate state.`;
}
