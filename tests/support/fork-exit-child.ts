/**
 * Setup file of every test fork: a fork whose process ends while its test file is still running
 * (between the file's first hook and its last: a code-0 exit of an event loop left empty, or a
 * `process.exit` that got past vitest's guard) writes one line to stderr with the file, the exit code
 * and what still held the event loop (`process.getActiveResourcesInfo`). Quiet for every file that
 * finishes: vitest stops the fork after the file's last hook. A fork ended by a signal cannot say it
 * here; the main process's side (fork-exit-parent.ts) names the signal.
 */
import { writeSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

let file: string | undefined;

/** Never throws: a closed stderr (vitest gone) leaves nothing to tell. */
function onExit(code: number): void {
  try {
    writeSync(2, `[fork-exit] test fork ${process.pid} exited with code ${code} while ${file} was running; active: ${process.getActiveResourcesInfo().join(', ') || 'none'}\n`);
  } catch {
    // Nobody is reading.
  }
}

beforeAll(() => {
  file = expect.getState().testPath;
  process.on('exit', onExit);
});

afterAll(() => {
  process.off('exit', onExit);
});
