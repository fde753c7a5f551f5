/**
 * Setup file of every test fork: a fork whose process ends while its test file is still running
 * (between the file's first hook and its last) writes one line to stderr with the file, the exit
 * code and what still held the event loop (`process.getActiveResourcesInfo`). A catchable signal
 * that ends it then is logged the same way and raised again. Quiet for every file that finishes:
 * vitest stops the fork after the file's last hook. The main process's side, for the exits a
 * process cannot log itself (SIGKILL, SIGSEGV, SIGABRT), is fork-exit-parent.ts.
 */
import { writeSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
let file: string | undefined;

const report = (how: string) =>
  writeSync(2, `[fork-exit] test fork ${process.pid} ${how} while ${file} was running; active: ${process.getActiveResourcesInfo().join(', ') || 'none'}\n`);
const onExit = (code: number) => report(`exited with code ${code}`);
const onSignal = (signal: NodeJS.Signals) => {
  report(`got ${signal}`);
  stopWatching();
  process.kill(process.pid, signal);
};

function stopWatching(): void {
  process.off('exit', onExit);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

beforeAll(() => {
  file = expect.getState().testPath;
  process.on('exit', onExit);
  for (const signal of SIGNALS) process.on(signal, onSignal);
});

afterAll(stopWatching);
