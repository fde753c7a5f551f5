/**
 * `npm start` as a new user meets it (issue 14, "tried as a new user would"): a mistyped flag, a
 * missing --source-dir and a broken sources.json each end with a clear message naming what the
 * user typed or wrote and a non-zero exit code, before any service starts; switching folders
 * against existing local state is warned about.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseStartOptions, sourceChangeWarning } from '../../bin/local/start-options.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = join(root, 'bin', 'sample-source');
const defaults = { dataDir: join(tmpdir(), 'cp-start-data'), sampleDir: sample };
const folder = mkdtempSync(join(tmpdir(), 'cp-start-'));

/** Runs bin/start.ts as `npm start` does (through tsx), with npm's config variables in `npmEnv`. */
function start(...args: Array<string | Record<string, string>>) {
  const npmEnv = Object.assign({}, ...args.filter((a) => typeof a !== 'string'));
  const argv = args.filter((a): a is string => typeof a === 'string');
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bin', 'start.ts'), ...argv], { encoding: 'utf8', timeout: 240_000, cwd: root, env: { ...process.env, ...npmEnv } });
}

// Each case starts a Node.js process with tsx; on a loaded machine one has taken past a minute.
describe('npm start arguments', { timeout: 300_000 }, () => {
  it('a mistyped flag: exit 2, the flag named with a suggestion, no stack trace, nothing started', () => {
    const run = start('--sourcedir', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm start: unknown option --sourcedir (did you mean --source-dir?)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('a flag typed before "--" (npm start --sourcedir x): npm keeps the flag, and the message says where flags go', () => {
    // What npm hands the script for `npm start --sourcedir x`: the flag as its own config, the value as an argument.
    const run = start('x', { npm_config_sourcedir: 'true' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm start: npm took --sourcedir for itself (its options come before "--"); run: npm start -- --source-dir x');
    expect(start('/data/releases', { npm_config_source_dir: 'true' }).stderr).toContain('npm took --source-dir for itself (its options come before "--"); run: npm start -- --source-dir /data/releases');
    expect(run.stdout).toBe('');
    // `npm start --reset`: nothing reaches the script, and running without the reset asked for would be silently wrong.
    const reset = start({ npm_config_reset: 'true' });
    expect(reset.status).toBe(2);
    expect(reset.stderr).toContain('npm start: npm took --reset for itself (its options come before "--"); run: npm start -- --reset');
    expect(start({ npm_config_serve: '' }).stderr).toContain('npm start: npm took --no-serve for itself (its options come before "--"); run: npm start -- --no-serve');
  });

  it('a --source-dir that does not exist: exit 2 naming the folder (never a silent fallback to the sample)', () => {
    const missing = join(folder, 'no-such-folder');
    const run = start('--source-dir', missing);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`npm start: --source-dir ${missing}: no such folder`);
  });

  it('a broken sources.json: exit 1 naming the user file and the field, nothing run', () => {
    const dir = join(folder, 'broken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [{ id: 'my-source', kind: 'press-release', dataset: 'my-figures', discovery: { type: 'feed' } }] }));
    const run = start('--source-dir', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`npm start: ${join(dir, 'sources.json')} has errors; nothing was run:`);
    expect(run.stderr).toContain(`${join(dir, 'sources.json')}: source my-source: discovery.url:`);
    expect(run.stderr).not.toContain('config/sources.json');
  });

  it('sources.json that is not JSON, a folder without a feed or sources, and both --source-dir and --feed-url are refused', () => {
    const notJson = join(folder, 'not-json');
    mkdirSync(notJson);
    writeFileSync(join(notJson, 'sources.json'), '{ sources: [');
    expect(parseStartOptions(['--source-dir', notJson], defaults)).toMatchObject({ ok: false, exitCode: 1, message: expect.stringContaining(`${join(notJson, 'sources.json')}: not valid JSON`) });
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    expect(parseStartOptions(['--source-dir', empty], defaults)).toMatchObject({ ok: false, exitCode: 2, message: expect.stringContaining('has neither sources.json nor feed.xml') });
    expect(parseStartOptions(['--source-dir', sample, '--feed-url', 'http://x.test/f'], defaults)).toMatchObject({ ok: false, exitCode: 2 });
    expect(parseStartOptions(['--feed-url', 'ftp://x'], defaults)).toMatchObject({ ok: false, exitCode: 2, message: 'npm start: --feed-url must be an http(s) URL, not "ftp://x"' });
  });

  it('the bundled sample and a valid folder pass (with {{BASE_URL}} placeholders)', () => {
    expect(parseStartOptions([], defaults)).toMatchObject({ ok: true, options: { sourceDir: sample, verbose: false } });
    expect(parseStartOptions(['--verbose'], defaults)).toMatchObject({ ok: true, options: { verbose: true } });
  });
});

describe('switching the source folder against existing local state', () => {
  it('warns, naming both folders and how to start clean; the same folder again is silent', () => {
    const data = join(folder, 'state');
    expect(sourceChangeWarning(data, '/home/me/first')).toBeUndefined();
    expect(sourceChangeWarning(data, '/home/me/first')).toBeUndefined();
    const warning = sourceChangeWarning(data, '/home/me/second');
    expect(warning).toMatch(/^warning: the local state in .* was built from \/home\/me\/first; this run reads \/home\/me\/second\. .*--reset/);
  });
});
