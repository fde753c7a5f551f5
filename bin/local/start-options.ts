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

/**
 * `npm start --source-dir x` without "--": npm takes the flag as its own config (`npm_config_source_dir`
 * in the script's environment) and hands the script only "x". The flag it kept, if it is one of ours.
 */
function flagNpmKept(env: Record<string, string | undefined>): { typed: string; known: string } | undefined {
  for (const key of Object.keys(env)) {
    if (!key.startsWith('npm_config_')) continue;
    // npm reads "--no-serve" as serve=false and keeps it as an empty value.
    const name = key.slice('npm_config_'.length).replaceAll('_', '-');
    const typed = env[key] === '' || env[key] === 'false' ? `no-${name}` : name;
    const known = suggestion(typed);
    if (known) return { typed, known };
  }
  return undefined;
}

/** The message for a flag npm kept: where flags go, and the command that was meant. */
function npmKeptFlag(kept: { typed: string; known: string }, argv: string[]): ParsedStart {
  const value = argv.find((arg) => !arg.startsWith('-')) ?? '';
  return { ok: false, exitCode: 2, message: `npm start: npm took --${kept.typed} for itself (its options come before "--"); run: npm start -- --${kept.known} ${value}`.trimEnd() };
}

/** Parses and checks the arguments of `npm start` (`env`: where npm leaves the flags it kept). */
export function parseStartOptions(argv: string[], defaults: { dataDir: string; sampleDir: string }, env: Record<string, string | undefined> = process.env): ParsedStart {
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
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && flagNpmKept(env)) return npmKeptFlag(flagNpmKept(env)!, argv);
    const reason = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `unknown option ${unknown}${known ? ` (did you mean --${known}?)` : ''}` : (error as Error).message;
    return { ok: false, exitCode: 2, message: `npm start: ${reason}\nRun "npm start -- --help" for the options.` };
  }
  // A flag npm kept for itself would otherwise be ignored without a word (`npm start --reset` resets nothing).
  const kept = flagNpmKept(env);
  if (kept) return npmKeptFlag(kept, argv);
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
