/**
 * Keeps V8's regular expressions on one engine tier, so a release reads the same whatever was read before it.
 *
 * By default V8 runs a pattern first in its bytecode interpreter and moves it to native code once it is hot.
 * On Node.js 24 (V8 13.6) a long run of releases through that switch changed one later release's reading: in
 * the corpus, batch 64's Saint Lucia bulletin read alone paired "Domestic exports fell 11.3 per cent" with the
 * domestic exports, but read after eight of batch 51's commodity notes it gave the change to total exports. The
 * same run with patterns compiled to native code from their first use (`--no-regexp-tier-up`) reads it right
 * every time, and so does the interpreter alone. ECMAScript defines one result for every pattern, so this is the
 * engine's, not the patterns'; until a Node.js release shows it gone, every pattern skips the interpreter.
 *
 * The flag is process-wide and read when a pattern first runs, so it is set when this module loads, before any
 * extractor module's pattern runs (the extractors import this first). Changing it under patterns the process compiled
 * before (with tier-up on) is not safe: V8's slow path can then enter the interpreter's trampoline as native code and
 * crash (README, Tests: the test forks' SIGSEGV), so a process that can should start with the flag on its command line
 * (the test forks do, `tests/vitest.config.ts`), which makes this call a no-op. It costs nothing measurable: the whole
 * corpus (1,347 releases) read in 8.9 s with it and 9.0 s without. `tests/unit/extract-order.test.ts` reads the
 * bulletin alone and after the notes, each in a fresh process, and fails without this module.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
