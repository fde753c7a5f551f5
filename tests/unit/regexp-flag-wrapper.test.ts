/**
 * The Lambda exec wrapper (infra/lambda/regexp-flag-wrapper), run as Lambda's Node.js runtime runs it: with the
 * runtime's command line as its arguments. A stand-in "node" prints the arguments it was started with, so the test sees
 * the command the wrapper ran.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REGEXP_FLAG_WRAPPER } from '../../infra/constructs/publisher-function.js';

const wrapper = fileURLToPath(new URL(`../../${REGEXP_FLAG_WRAPPER.source}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cp-exec-wrapper-'));
// A directory name with a space, as a binary's path may have.
const node = join(dir, 'lang bin', 'node');
mkdirSync(join(dir, 'lang bin'));
// Prints its own path, then each argument, each followed by a NUL (arguments may hold spaces, quotes or line breaks).
writeFileSync(node, '#!/bin/sh\nprintf \'%s\\0\' "$0" "$@"\n');
chmodSync(node, 0o755);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ran = (...args: string[]) => execFileSync(wrapper, args, { encoding: 'utf8' }).split('\0').slice(0, -1);

describe('the regexp flag exec wrapper', () => {
  it('runs the binary with --no-regexp-tier-up right after it and every other argument kept, in order', () => {
    const runtime = [node, '--expose-gc', '--max-http-header-size', '81920', '/var/runtime/index.mjs'];
    expect(ran(...runtime)).toEqual([node, '--no-regexp-tier-up', '--expose-gc', '--max-http-header-size', '81920', '/var/runtime/index.mjs']);
  });

  it('keeps arguments with spaces, quotes, glob characters, line breaks and empty ones as they are', () => {
    const odd = ['a b', '', "it's \"quoted\"", '*', '$HOME', 'two\nlines', '--', '-e'];
    expect(ran(node, ...odd)).toEqual([node, '--no-regexp-tier-up', ...odd]);
  });

  it('runs a binary alone with just the flag, and refuses to run nothing', () => {
    expect(ran(node)).toEqual([node, '--no-regexp-tier-up']);
    const none = spawnSync(wrapper, [], { encoding: 'utf8' });
    expect(none.status).toBe(127);
    expect(none.stderr).toContain('no command to run');
  });
});
