#!/usr/bin/env node
// Entry point of the `customs-publisher` command. It runs the TypeScript sources directly through
// tsx, so the command works right after `npm ci` with no build step.
//
// The process that runs the command (bin/cli.ts) is always started by this file again, with
// `--no-regexp-tier-up` on its command line: the extractors need V8's regexp tier-up off, and turning
// it off at run time, after patterns have run, is what crashed a test fork
// (functions/core/extract/regexp-engine.ts). A shebang cannot carry the flag portably, so this first
// process only starts the second one, on the project's pinned Node.js (the `node` devDependency, the
// Lambda runtime's major) when it is there (`./bin/customs-publisher.mjs` may be run by an older
// system Node), on the Node.js that runs this file otherwise.
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const REGEXP_TIER_FLAG = '--no-regexp-tier-up';
const projectNode = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
const node = existsSync(projectNode) ? projectNode : process.execPath;

if (realpathSync(node) !== realpathSync(process.execPath) || !process.execArgv.includes(REGEXP_TIER_FLAG)) {
  const flags = [REGEXP_TIER_FLAG, ...process.execArgv.filter((a) => a !== REGEXP_TIER_FLAG)];
  const child = spawn(node, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C reaches both processes (same process group), so the child alone decides how to stop;
  // a SIGTERM sent to this process is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    const hint = node === projectNode ? '; run `npm rebuild node`' : '';
    process.stderr.write(`customs-publisher: cannot start Node.js (${node}): ${error.message}${hint}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(signal ? 128 + constants.signals[signal] : (code ?? 1)));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
