#!/usr/bin/env node
// Entry point of the `customs-publisher` command. It runs the TypeScript sources directly through
// tsx, so the command works right after `npm ci` with no build step.
//
// `npx customs-publisher` and npm scripts already run on the project's pinned Node.js (the `node`
// devDependency, the Lambda runtime's major). Started any other way (`./bin/customs-publisher.mjs`
// with an older system Node), the command hands itself over to that pinned Node when it is there.
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const projectNode = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));

if (existsSync(projectNode) && realpathSync(projectNode) !== realpathSync(process.execPath)) {
  const child = spawn(projectNode, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C reaches both processes (same process group), so the child alone decides how to stop;
  // a SIGTERM sent to this process is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    process.stderr.write(`customs-publisher: cannot start the project's Node.js (${projectNode}): ${error.message}; run \`npm rebuild node\`\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(signal ? 128 + constants.signals[signal] : (code ?? 1)));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
