/**
 * The processes a user starts that run the extractors have `--no-regexp-tier-up` on their command line
 * (functions/core/extract/regexp-engine.ts: turned off at run time, after patterns ran, V8 crashed a test fork).
 * Each process of a run loads a small probe first (NODE_OPTIONS --import, which every Node.js child inherits) that
 * writes its pid, parent pid, argv and execArgv to a file when it exits; the test then reads which process ran what.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'customs-publisher.mjs');
const FLAG = '--no-regexp-tier-up';
const dir = mkdtempSync(join(tmpdir(), 'cp-regexp-flag-'));
const probe = join(dir, 'probe.mjs');
writeFileSync(
  probe,
  `import { appendFileSync } from 'node:fs';
process.on('exit', () => appendFileSync(process.env.CP_PROBE_OUT, JSON.stringify({ pid: process.pid, ppid: process.ppid, argv: process.argv, execArgv: process.execArgv }) + '\\n'));
`,
);
const release = join(dir, 'release.txt');
writeFileSync(release, 'KASHGAR, Nov. 3 -- Foreign trade of the prefecture grew 14.6 percent year-on-year to 28.4 billion yuan in the first ten months, the local customs office said.\n');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Probe = { pid: number; ppid: number; argv: string[]; execArgv: string[] };

/** Runs `command args` with the probe loaded in every Node.js process; the processes' records, in the order they exited. */
function probed(name: string, command: string, args: string[]) {
  const out = join(dir, `${name}.ndjson`);
  const env = { ...process.env, CP_PROBE_OUT: out, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(probe).href}`.trim() };
  const run = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  const processes = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Probe);
  return { run, processes };
}

describe('--no-regexp-tier-up on the command line', { timeout: 180_000 }, () => {
  it('the CLI runs its command in a process started with the flag, even when started without it', () => {
    // As a user's shell starts it: `node bin/customs-publisher.mjs` with no flag of its own.
    const { run, processes } = probed('cli', process.execPath, [bin, 'extract', release, '--published', '2026-11-03', '--kind', 'press-release']);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('28400000000');
    const first = processes.find((p) => p.pid === run.pid)!;
    expect(first.execArgv).not.toContain(FLAG);
    // The process that ran the command: the one started by the first, the same script with the same arguments.
    const runner = processes.filter((p) => p.ppid === first.pid);
    expect(runner).toHaveLength(1);
    expect(runner[0].argv.slice(1)).toEqual(first.argv.slice(1));
    expect(runner[0].execArgv).toContain(FLAG);
    expect(processes).toHaveLength(2);
  });

  it('npm start runs bin/start.ts in a process started with the flag', () => {
    const { run, processes } = probed('start', 'npm', ['start', '--silent', '--', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npm start');
    const starts = processes.filter((p) => p.argv[1] === join(root, 'bin', 'start.ts'));
    expect(starts).toHaveLength(1);
    expect(starts[0].execArgv).toContain(FLAG);
  });

  it('npm run bench runs bench/run.ts in a process started with the flag', () => {
    // A filter no bench matches: run.ts says so and exits 1 without running one.
    const { run, processes } = probed('bench', 'npm', ['run', 'bench', '--silent', '--', 'no-such-bench']);
    expect(run.stderr).toContain('no bench matches no-such-bench');
    const benches = processes.filter((p) => p.argv[1] === join(root, 'bench', 'run.ts'));
    expect(benches).toHaveLength(1);
    expect(benches[0].execArgv).toContain(FLAG);
  });
});
