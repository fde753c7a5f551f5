/**
 * Node.js/V8 flags of the publish function, shared by the stack (its NODE_OPTIONS) and
 * bench/publish.bench.ts (its child processes), so the bench measures the runtime Lambda runs.
 *
 * The young generation is capped at 16 MB semi-spaces. V8 sizes it from the memory it sees, and
 * publishing allocates fast (every row rendered into five formats), so on a large host it grows
 * well past that: the version's files of 1,000,000 rows peaked at 307-313 MB RSS on the 23 GB
 * bench machine with about 20 MB of live heap, and at 202 MB with the cap (issue 15 asks for at
 * most 256 MB), at no measurable cost in CPU. The cap also makes the peak independent of the host.
 */
export const PUBLISH_NODE_OPTIONS = ['--max-semi-space-size=16'];
