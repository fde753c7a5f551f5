import { describe, expect, it } from 'vitest';
import { abnormalExit } from '../support/fork-exit-parent.js';

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
});
