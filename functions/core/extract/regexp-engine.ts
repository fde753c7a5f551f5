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
 * The flag is process-wide (worker threads share it) and read when a pattern first runs. Changing it under patterns
 * the process compiled before (with tier-up on) is not safe: V8's slow path can then enter the interpreter's trampoline
 * as native code and crash (README, Tests: the test forks' SIGSEGV). So every process we start that can run the
 * extractors has the flag on its command line, before any pattern runs: the test forks (`tests/vitest.config.ts`), the
 * CLI (`bin/customs-publisher.mjs` starts itself again with it), `npm start` and `npm run bench` (`node
 * --no-regexp-tier-up --import tsx` in package.json), and the Lambda functions whose bundle holds the extractors
 * (normalize: `infra/lambda/regexp-flag-wrapper`, named by AWS_LAMBDA_EXEC_WRAPPER, since Node refuses the flag in
 * NODE_OPTIONS). Their worker threads inherit the command line's `execArgv`. A process started some other way (a bare
 * `node --import tsx script.ts`, `tests/unit/extract-order.test.ts`'s fresh readers) still gets the flag here, when this
 * module loads, before any extractor module's pattern runs (the extractors import this first); with the flag already on
 * the command line it is not set again. It costs nothing measurable: the whole corpus (1,347 releases) read in 8.9 s
 * with it and 9.0 s without. `tests/unit/extract-order.test.ts` reads the bulletin alone and after the notes, each in a
 * fresh process, and fails without this module.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's flag that compiles every pattern to native code at its first run. */
export const REGEXP_TIER_FLAG = '--no-regexp-tier-up';

if (!process.execArgv.includes(REGEXP_TIER_FLAG)) setFlagsFromString(REGEXP_TIER_FLAG);
