/**
 * Global setup (vitest's main process): a test fork that ends by a signal nobody in vitest sent, or
 * with a non-zero code, gets one line on stderr with its pid, code and signal. Vitest itself only
 * says "Worker exited unexpectedly"; a native crash (SIGSEGV, SIGABRT) or a kill from outside leaves
 * nothing else behind (README, Tests: the publish-pipeline flake). Quiet otherwise: a fork vitest
 * stops exits with code 0 or by the SIGTERM vitest sends it.
 *
 * The pool calls `fork` from node:child_process through an ES import; the wrapper below reaches it
 * through `syncBuiltinESMExports`, which updates the builtin module's live bindings.
 */
import childProcess, { type ChildProcess } from 'node:child_process';
import { writeSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const original = childProcess.fork;

/** The line written for a fork's exit, or null when the exit is an ordinary one. */
export function abnormalExit(pid: number | undefined, code: number | null, signal: NodeJS.Signals | null, killedByParent: boolean): string | null {
  if (signal ? killedByParent && signal === 'SIGTERM' : !code) return null;
  return `[fork-exit] test fork ${pid} exited with code ${code} and signal ${signal}${killedByParent ? ' (after vitest stopped it)' : ', not sent by vitest'}\n`;
}

function watched(child: ChildProcess): ChildProcess {
  child.once('exit', (code, signal) => {
    const line = abnormalExit(child.pid, code, signal, child.killed);
    try {
      if (line) writeSync(2, line);
    } catch {
      // stderr closed: nothing to tell.
    }
  });
  return child;
}

export function setup(): () => void {
  childProcess.fork = ((...args: Parameters<typeof original>) => watched(original(...args))) as typeof original;
  syncBuiltinESMExports();
  return () => {
    childProcess.fork = original;
    syncBuiltinESMExports();
  };
}
