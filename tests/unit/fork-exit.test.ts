import { describe, expect, it } from 'vitest';
import { abnormalExit, coreHint } from '../support/fork-exit-parent.js';

describe('the line a dead test fork gets (fork-exit-parent.ts)', () => {
  it('says nothing for the exits of a fork vitest stops', () => {
    expect(abnormalExit(41, 0, null, false)).toBeNull();
    expect(abnormalExit(41, 0, null, true)).toBeNull();
    expect(abnormalExit(41, null, 'SIGTERM', true)).toBeNull();
  });

  it('names the code or the signal of any other exit', () => {
    expect(abnormalExit(41, null, 'SIGSEGV', false)).toBe('[fork-exit] test fork 41 exited with code null and signal SIGSEGV, not sent by vitest\n');
    expect(abnormalExit(41, null, 'SIGKILL', true)).toContain('signal SIGKILL (after vitest stopped it)');
    expect(abnormalExit(41, 1, null, false)).toContain('code 1 and signal null');
    expect(abnormalExit(41, null, 'SIGTERM', false)).toContain('not sent by vitest');
  });

  it('says where the core of a signal that dumps core lands, and what prints its stack', () => {
    expect(coreHint('SIGSEGV', '/repo', 'core')).toBe(
      '[fork-exit] SIGSEGV dumps core: with core dumps allowed (.ci/run allows them) the core is at /repo/core; .ci/core-report prints its native stack (.ci/run runs it after the tests)\n',
    );
    expect(coreHint('SIGABRT', '/repo', '/var/crash/core.%p')).toContain('the core is at /var/crash/core.%p (the kernel');
    expect(coreHint('SIGSEGV', '/repo', '|/usr/lib/systemd/systemd-coredump %P %u')).toContain("handed to the kernel's core handler /usr/lib/systemd/systemd-coredump;");
    expect(coreHint('SIGSEGV', '/repo', null)).toContain("where the kernel's core pattern says");
    expect(coreHint('SIGTERM', '/repo', 'core')).toBeNull();
    expect(coreHint('SIGKILL', '/repo', 'core')).toBeNull();
    expect(coreHint(null, '/repo', 'core')).toBeNull();
  });
});
