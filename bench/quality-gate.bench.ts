/**
 * What the quality gate reads to publish one dataset, before and after partners were looked up by
 * id. The store holds every fixture release of the quality bench as its own dataset (as sources
 * are), with its rows repeated for earlier years (a store with history): the gate publishes the
 * sample source's table dataset. "Before" reads every dataset whole and judges against all of it,
 * as the gate did; "after" is runQualityGate. Both must reach the same summary. Rows read, ids
 * looked up (and the BatchGetItem calls they cost at 100 keys each) and time are printed,
 * interleaved runs, medians. Run: npm run bench -- quality-gate
 */
import type { Observation } from '../functions/core/contract.js';
import { observationId } from '../functions/core/identity.js';
import type { ObservationStore } from '../functions/core/ports.js';
import { MemoryDatasetStateStore, MemoryObservationStore } from '../functions/core/publish/in-memory.js';
import { assessQuality } from '../functions/core/quality/assess.js';
import { DEFAULT_QUALITY_CONFIG } from '../functions/core/quality/config.js';
import { runQualityGate } from '../functions/core/quality/gate.js';
import { qualitySummary } from '../functions/core/quality/report.js';
import { groupBy, printedPrecision, shiftMonth } from '../functions/core/quality/rows.js';
import { worlds } from './quality.bench.js';

const PUBLISHED = 'sample-tables';
const ROUNDS = 3;

/** What a store handed out. */
interface Reads { rows: number; ids: number; batchGets: number }

/** A store that counts what it hands out. */
function counting(store: ObservationStore, reads: Reads): ObservationStore {
  return {
    applyRelease: (d, r, drafts) => store.applyRelease(d, r, drafts),
    async *scan(d) {
      for await (const row of store.scan(d)) yield (reads.rows++, row);
    },
    async *scanRevisions(d) {
      for await (const row of store.scanRevisions(d)) yield (reads.rows++, row);
    },
    async get(d, ids) {
      reads.ids += ids.length;
      reads.batchGets += Math.ceil(ids.length / 100);
      const rows = await store.get(d, ids);
      reads.rows += rows.length;
      return rows;
    },
  };
}

/** Growth of every series from one year to the next in the synthetic history. */
const GROWTH = 1.05;

/**
 * A row moved `years` back, its figure a consistent history: every figure 5 % below the next
 * year's (rounded to its printed digits), every stated growth rate 5.0 %, shares as they are.
 */
function yearsBack(row: Observation, years: number): Observation {
  const scaled = row.measure === 'value' || row.measure === 'quantity' || row.measure === 'count';
  const precision = printedPrecision(row.value ?? 0);
  const value = scaled && row.value !== null ? Math.round(row.value / GROWTH ** years / precision) * precision : row.value;
  const moved = { ...row, value, yoy_pct: row.yoy_pct === null ? null : 5.0, period_start: shiftMonth(row.period_start, -12 * years), period_end: shiftMonth(row.period_end, -12 * years) };
  return { ...moved, observation_id: observationId(moved) };
}

/** Every fixture world as a dataset, with `years` of history. */
async function buildStore(years: number) {
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  for (const world of worlds()) {
    for (const [dataset, rows] of groupBy(world.rows, (r) => r.dataset)) {
      const name = world.name === 'sample source' ? `sample-${dataset}` : dataset;
      for (const row of rows) {
        if (row.period_start === '') continue;
        for (let y = 0; y < years; y++) {
          // The corpora's made-up figures disagree with each other and with the sample's: they are
          // put forty years back, where they meet nothing of the sample's.
          await observations.upsert(yearsBack({ ...row, dataset: name }, name.startsWith('sample-') ? y : y + 40));
        }
      }
    }
  }
  return { datasets, observations, count: (await datasets.list()).length };
}

/** The gate as it was: every dataset read whole, the dataset judged against all of it. */
async function before(store: ObservationStore, names: string[], reads: Reads) {
  const counted = counting(store, reads);
  const rows: Observation[] = [];
  for (const name of names) for await (const row of counted.scan(name)) rows.push(row);
  return qualitySummary(assessQuality({ dataset: PUBLISHED, rows, config: DEFAULT_QUALITY_CONFIG }));
}

async function after(store: ObservationStore, datasets: MemoryDatasetStateStore, reads: Reads) {
  const gate = await runQualityGate({ dataset: PUBLISHED, version: 1, createdAt: '2025-11-21T00:00:00Z' }, { observations: counting(store, reads), datasets });
  return gate.summary;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run(): Promise<Array<Record<string, string | number>>> {
  const results: Array<Record<string, string | number>> = [];
  for (const years of [1, 10]) {
    const { datasets, observations, count } = await buildStore(years);
    const names = (await datasets.list()).map((s) => s.dataset).sort();
    const timings = { before: [] as number[], after: [] as number[] };
    let reads = { before: { rows: 0, ids: 0, batchGets: 0 }, after: { rows: 0, ids: 0, batchGets: 0 } };
    let same = true;
    for (let round = 0; round < ROUNDS; round++) {
      reads = { before: { rows: 0, ids: 0, batchGets: 0 }, after: { rows: 0, ids: 0, batchGets: 0 } };
      let t = performance.now();
      const old = await before(observations, names, reads.before);
      timings.before.push(performance.now() - t);
      t = performance.now();
      const now = await after(observations, datasets, reads.after);
      timings.after.push(performance.now() - t);
      same &&= JSON.stringify(old) === JSON.stringify(now);
    }
    for (const way of ['before', 'after'] as const) {
      results.push({
        store: `${count} datasets, ${reads.before.rows} rows (${years} year${years > 1 ? 's' : ''})`,
        gate: way === 'before' ? 'before: every dataset read' : 'after: partners looked up',
        rows_read: reads[way].rows,
        ids_looked_up: reads[way].ids,
        batch_gets: reads[way].batchGets,
        median_ms: Math.round(median(timings[way])),
        same_summary: way === 'after' ? (same ? 'yes' : 'NO') : '',
      });
    }
  }
  return results;
}
