/**
 * The time budget of one ingest run. A scheduled run is stopped hard by the Lambda timeout; a run
 * that does not watch the clock is killed mid-source, saves nothing and starts from the same first
 * entries next time, and the sources after it never run. So each source gets a share of what is
 * left, every request is started only when the share still covers its worst case (the politeness
 * wait plus the request timeout), and a source cut short keeps its saved progress for the next run.
 */

/** Time kept back at the end of a run for the last state writes and the summary. */
export const RUN_RESERVE_MS = 5_000;

/** Whether there is still time for a step that may take `ms` milliseconds. */
export interface RunBudget {
  allows(ms: number): boolean;
}

/** No limit: local runs and tests that do not inject the remaining time. */
export const UNLIMITED_BUDGET: RunBudget = { allows: () => true };

/**
 * The share of one source when `sourcesLeft` sources (this one included) still have to run:
 * an equal part of the remaining time minus the reserve. A source that finishes early leaves its
 * unused time to the ones after it, because their shares are computed when they start.
 */
export function sourceBudget(remainingMs: (() => number) | undefined, sourcesLeft: number): RunBudget {
  if (!remainingMs) return UNLIMITED_BUDGET;
  const start = remainingMs();
  const share = Math.max(0, start - RUN_RESERVE_MS) / Math.max(1, sourcesLeft);
  const floor = start - share;
  return { allows: (ms) => remainingMs() - ms >= floor };
}
