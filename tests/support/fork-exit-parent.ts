/**
 * Global setup (vitest's main process): a test fork that ends by a signal nobody in vitest sent, or
 * with a non-zero code, gets one line on stderr with its pid, code and signal. Vitest itself only
 * says "Worker exited unexpectedly"; a native crash (SIGSEGV, SIGABRT) or a kill from outside leaves
 * nothing else behind (README, Tests: the publish-pipeline flake). Quiet otherwise: a fork vitest
 * stops exits with code 0 or by the SIGTERM vitest sends it. A signal that dumps core (SIGSEGV, SIGABRT, …)
 * gets a second line saying where the core lands and that `.ci/core-report` prints its native stack.
 *
 * The pool calls `fork` from node:child_process through an ES import; the wrapper below reaches it
 * through `syncBuiltinESMExports`, which updates the builtin module's live bindings.
 */
import childProcess, { type ChildProcess } from 'node:child_process';
import { readFileSync, writeSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { isAbsolute, join } from 'node:path';

const original = childProcess.fork;

/** Signals whose default action dumps core (signal(7)). */
const CORE_SIGNALS: ReadonlySet<string> = new Set(['SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGILL', 'SIGIOT', 'SIGQUIT', 'SIGSEGV', 'SIGSYS', 'SIGTRAP', 'SIGXCPU', 'SIGXFSZ']);

/** The line written for a fork's exit, or null when the exit is an ordinary one. */
export function abnormalExit(pid: number | undefined, code: number | null, signal: NodeJS.Signals | null, killedByParent: boolean): string | null {
  if (signal ? killedByParent && signal === 'SIGTERM' : !code) return null;
  return `[fork-exit] test fork ${pid} exited with code ${code} and signal ${signal}${killedByParent ? ' (after vitest stopped it)' : ', not sent by vitest'}\n`;
}

/**
 * The second line for a fork killed by a signal that dumps core: where the kernel puts the core (`pattern` is
 * /proc/sys/kernel/core_pattern, null when unreadable; a relative one is the crashed process's cwd) and what
 * prints its native stack. Null for any other exit.
 */
export function coreHint(signal: NodeJS.Signals | null, cwd: string, pattern: string | null): string | null {
  if (!signal || !CORE_SIGNALS.has(signal)) return null;
  const where =
    pattern === null ? 'where the kernel\'s core pattern says'
    : pattern.startsWith('|') ? `handed to the kernel's core handler ${pattern.slice(1).split(' ')[0]}`
    : isAbsolute(pattern) ? `at ${pattern} (the kernel's core pattern)`
    : `at ${join(cwd, pattern)}`;
  return `[fork-exit] ${signal} dumps core: with core dumps allowed (.ci/run allows them) the core is ${where}; .ci/core-report prints its native stack (.ci/run runs it after the tests)\n`;
}

function readCorePattern(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/core_pattern', 'utf8').trim();
  } catch {
    return null;
  }
}

/** The cwd a fork runs in: its options' `cwd` (vitest's pool passes none), else this process's. */
function forkCwd(args: readonly unknown[]): string {
  const options = args.slice(1).find((arg): arg is { cwd?: unknown } => typeof arg === 'object' && arg !== null && !Array.isArray(arg));
  const cwd = options?.cwd;
  return cwd instanceof URL ? cwd.pathname : typeof cwd === 'string' ? cwd : process.cwd();
}

function watched(child: ChildProcess, cwd: string): ChildProcess {
  child.once('exit', (code, signal) => {
    const line = abnormalExit(child.pid, code, signal, child.killed);
    try {
      if (line) writeSync(2, line + (coreHint(signal, cwd, readCorePattern()) ?? ''));
    } catch {
      // stderr closed: nothing to tell.
    }
  });
  return child;
}

export function setup(): () => void {
  childProcess.fork = ((...args: Parameters<typeof original>) => watched(original(...args), forkCwd(args))) as typeof original;
  syncBuiltinESMExports();
  return () => {
    childProcess.fork = original;
    syncBuiltinESMExports();
  };
}
