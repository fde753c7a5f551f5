/**
 * Node.js/V8 flags of the publish function, shared by the stack (its NODE_OPTIONS) and
 * bench/publish.bench.ts (its child processes), so the bench measures the runtime Lambda runs.
 *
 * The young generation is capped at 16 MB semi-spaces. V8 sizes it from the memory it sees, and
 * publishing allocates fast (every row rendered into five formats), so on a large host it grows
 * well past that: the version's files of 1,000,000 rows peaked at 307-313 MB RSS on the 23 GB
 * bench machine with about 20 MB of live heap, and at 202 MB with the cap (issue 15 asks for at
 * most 256 MB), at no measurable cost in CPU. The cap also makes the peak independent of the host.
 *
 * The old generation is capped at 512 MB, half the function's memory. Below 2 GB V8 also lets the
 * heap grow less between full collections (by at most 1.4 times what is live at 512 MB, against
 * up to 4 times on a host with memory to spare), and it keeps the pages it frees for reuse rather
 * than returning them, so the peak follows the largest heap reached. The quality gate holds a year
 * of rows at a time and drops them as it moves on: a composed version of 1,000,000 rows with
 * 60-75 MB live grew its heap to 260 MB before a full collection on the bench machine, where
 * a 1 GB Lambda function's V8 would not. About 100 MB is live at most there (the dataset page).
 * (V8's own --heap-growing-percent would set the factor alone, but NODE_OPTIONS refuses it.)
 */
export const PUBLISH_NODE_OPTIONS = ['--max-semi-space-size=16', '--max-old-space-size=512'];
