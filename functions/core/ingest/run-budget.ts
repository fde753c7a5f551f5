/**
 * The time budget of one ingest run. A scheduled run is stopped hard by the Lambda timeout; a run
 * that does not watch the clock is killed mid-source, saves nothing and starts from the same first
 * entries next time, and the sources after it never run. So each source gets a share of what is
 * left, a request is started only while the source is within its share and the run can afford the
 * request's worst case (the politeness wait plus the timeout), and a source cut short keeps its
 * saved progress for the next run.
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
 * The share of one source when `sourcesLeft` sources (this one included) still have to run: an
 * equal part of the remaining time minus the reserve. A source may start another step while it has
 * used less than its share and the whole run can still afford the step's worst case (so the run
 * never passes its limit). Comparing the share to the time used, not to the worst case, lets 200
 * sources with a 15 s request timeout each still poll in a 10-minute run. A source that finishes
 * early leaves its unused time to the ones after it, because their shares are computed when they start.
 */
export function sourceBudget(remainingMs: (() => number) | undefined, sourcesLeft: number): RunBudget {
  if (!remainingMs) return UNLIMITED_BUDGET;
  const start = remainingMs();
  const share = Math.max(0, start - RUN_RESERVE_MS) / Math.max(1, sourcesLeft);
  return {
    allows: (ms) => {
      const now = remainingMs();
      return now - ms >= RUN_RESERVE_MS && start - now < share;
    },
  };
}
