/**
 * What a release calendar saves: GACC's 2025 preliminary-release calendar from infra/sources.json,
 * an ingest schedule firing every 5 minutes from 1 January to the last announced day, and a
 * publisher that posts the release some minutes after the announced time. Counts the requests to
 * the listing and how long after its appearance each release was seen, against polling every run
 * and polling hourly. Printed, never asserted.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pollDecision } from '../functions/core/ingest/calendar.js';
import type { SourceState } from '../functions/core/ports.js';
import { parseSourcesFile } from '../functions/core/sources.js';

const TICK_MS = 5 * 60_000;

/** Simulates a year of 5-minute runs; the release of each announced day appears `lateMinutes` after 10:00 Beijing time. */
function simulate(lateMinutes: number) {
  const file = fileURLToPath(new URL('../infra/sources.json', import.meta.url));
  const source = parseSourcesFile(readFileSync(file, 'utf8')).sources.find((s) => s.id === 'gacc-preliminary-tables')!;
  const days = source.calendar!.releases[0].dates;
  const appearsAt = (day: string) => Date.parse(`${day}T02:00:00Z`) + lateMinutes * 60_000;
  const end = appearsAt(days.at(-1)!) + 6 * 3_600_000;
  let state: Pick<SourceState, 'source_id' | 'last_polled_at' | 'latest_published'> = { source_id: source.id };
  let ticks = 0;
  let polls = 0;
  const delays: number[] = [];
  for (let t = Date.parse('2025-01-01T00:00:00Z'); t < end; t += TICK_MS) {
    ticks++;
    if (!pollDecision(source.calendar!, state, new Date(t)).poll) continue;
    polls++;
    state = { ...state, last_polled_at: new Date(t).toISOString() };
    const appeared = days.filter((day) => appearsAt(day) <= t).at(-1);
    if (appeared && (!state.latest_published || state.latest_published < appeared)) {
      state = { ...state, latest_published: appeared };
      delays.push((t - appearsAt(appeared)) / 60_000);
    }
  }
  return { ticks, polls, delays };
}

/** One row per scenario: requests to the listing over the year, and how late releases were seen. */
export async function run(): Promise<Array<Record<string, string | number>>> {
  return [40, 7 * 60 + 40].map((late) => {
    const { ticks, polls, delays } = simulate(late);
    return {
      'release appears after the announced time': `${late} min`,
      'requests, calendar': polls,
      'requests, every 5-min run': ticks,
      'requests, hourly': Math.round(ticks / 12),
      'releases seen': delays.length,
      'worst delay, calendar (min)': Math.max(...delays),
      'worst delay, hourly (bound, min)': 60,
    };
  });
}
