/**
 * Node.js/V8 flags of the publish function, shared by the stack (its NODE_OPTIONS) and
 * bench/publish.bench.ts (its child processes), so the bench measures the runtime Lambda runs.
 *
 * The young generation is capped (16 MB semi-spaces, now 8: below). V8 sizes it from the memory it sees, and
 * publishing allocates fast (every row rendered into five formats), so on a large host it grows
 * well past that: the version's files of 1,000,000 rows peaked at 307-313 MB RSS on the 23 GB
 * bench machine with about 20 MB of live heap, and at 202 MB with the cap (issue 15 asks for at
 * most 256 MB), at no measurable cost in CPU. The cap also makes the peak independent of the host.
 *
 * The old generation is not capped. V8 on a host with memory to spare lets it grow to 4 times what
 * is live between full collections, and keeps the pages it frees for reuse, so the peak follows
 * the largest heap reached: a composed version of 1,000,000 rows with 60-78 MB live peaks near
 * 490 MB on the bench machine. --max-old-space-size=512 (V8 then grows it by at most 1.4 times)
 * took that to 347-369 MB, but cost 13-24 % more CPU (more full collections) in runs interleaved
 * with the version before, so it is left out; --heap-growing-percent, which sets the factor
 * alone, is refused in NODE_OPTIONS. Measured again once the gate's rows, Parquet's row groups and
 * the page's points were kept in columns (README, "Rows in columns"): the cap took version 1 of
 * 1,000,000 rows from 379-388 MB to 275-289 MB, but single runs at load 16-19 showed 4-26 % more
 * CPU (the gate alone 17.9 and 21.6 s against 17.2), so it is still left out.
 *
 * The old generation is now capped at 1,024 MB (2026-12-04). V8 lets the old generation grow by a
 * factor it takes from the heap's maximum: 4 from 2 GB up (this host's default is 4 GB), 1.3 at
 * 256 MB and in between in proportion, so 1.6 at 1,024 MB. Version 1 of 1,000,000 rows (main,
 * one process per run, load 10-17): peak RSS 308-333 MB and 55.0-59.8 s CPU without the cap,
 * 262-269 MB and 56.1-60.0 s with it (three runs each); 768 MB gave 259 MB for 60.5 s, 512 MB
 * 260 MB for 71.6 s (the collections grow in number faster than the peak falls). The gate holds
 * about 15 MB of its own at a time; with the factor of 4 its heap reached 130-150 MB, pages the
 * files step then started on. It also keeps the figure independent of the host's memory (a Lambda
 * function's V8 sizes its heap from the function's memory).
 *
 * With the old generation capped, the young generation's 16 MB semi-spaces were the next share of
 * version 1's peak; at 8 MB, version 1 of 1,000,000 rows (this code, two pairs, load 13) peaked at
 * 236-241 MB instead of 265-271, for 62.8 and 63.7 s of CPU against 58.9 and 64.6 (+2.6 % on
 * average; the gate alone about 1.5 s more, as more objects outlive the smaller young generation).
 *
 * At 4 MB (2026-12-04, once a version's files were hashed in a worker thread, which took 6-11 s of
 * CPU off the publish thread and added about 5 MB of peak RSS): version 1 of 1,000,000 rows, two
 * pairs at load 18-19, peaked at 225 and 237 MB instead of 252 and 248, for 39.8 and 43.0 s of the
 * publish thread's CPU against 38.5 and 40.7 (+3.5 and +5.7 %) and 66.9 and 71.2 s of all threads
 * against 60.5 and 62.4 (+10 and +14 %: more scavenges, more promoted). On the quiet machine, the
 * whole bench's version 1 with the worker ran 47.7 s of wall and 62.0 s of CPU at 4 MB (peak 271 MB)
 * against 40.4 s and 50.4 s at 8 MB (peak 289 MB; 8ef02328 without the worker: 42.4 s, 52.1 s, 261
 * MB), one run each: 8 MB stays.
 */
/** The publish function's memory, MB; its old generation is capped at the same size, so raising one raises the other. */
export const PUBLISH_MEMORY_MB = 1024;
export const PUBLISH_NODE_OPTIONS = ['--max-semi-space-size=8', `--max-old-space-size=${PUBLISH_MEMORY_MB}`];

/**
 * Environment of the publish function beside its NODE_OPTIONS, shared with bench/publish.bench.ts's children.
 *
 * MALLOC_ARENA_MAX=2: glibc gives each thread that allocates an arena of its own (up to eight per
 * processor), and memory freed in an arena stays with it. A version runs the publish thread, the
 * publish worker (hashing, Parquet row groups), libuv's pool (gzip, file writes) and V8's helper
 * threads, so what the Buffers, zlib states and the worker's isolate once took in each arena stays
 * resident after they are gone. With two arenas, version 1 of 1,000,000 rows (the bench's publish
 * child, run beside the same code without it, load 16-21, 2026-12-06) peaked at 178 MB instead of
 * 196 (the files step 170 against 188, the gate 139 against 147) for 46.6 against 46.7 s of CPU;
 * more pairs in the README ("Thirty-ninth session"). The thirty-second session had found the same
 * for a gate split over two threads (a worker added about 10 MB instead of 50-60 with it).
 */
export const PUBLISH_ENVIRONMENT: Record<string, string> = { MALLOC_ARENA_MAX: '2' };

