/**
 * The quality gate reads only what it needs: the rows of the dataset being published, and in
 * every other dataset only the rows looked up by id as its partners. Its verdicts are the same as
 * judging the dataset against every row of the store, and a dataset no row relates to is never read.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Observation, ObservationDraft } from '../../functions/core/contract.js';
import { extractRelease } from '../../functions/core/extract/index.js';
import { observationFromDraft } from '../../functions/core/normalize/revisions.js';
import type { ObservationStore } from '../../functions/core/ports.js';
import { MemoryDatasetStateStore, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { assessQuality } from '../../functions/core/quality/assess.js';
import { DEFAULT_QUALITY_CONFIG } from '../../functions/core/quality/config.js';
import { runQualityGate } from '../../functions/core/quality/gate.js';
import { qualitySummary } from '../../functions/core/quality/report.js';
import { qualityJsonOf } from '../support/trade-world.js';

const TABLES = 'trade-tables';
const NEWS = 'trade-news';
const NOISE = 'port-traffic';
const dir = fileURLToPath(new URL('../../bin/sample-source/', import.meta.url));

/** The sample source's rows through the real extractors. */
function sampleRows(): Observation[] {
  const load = (file: string, dataset: string, published: string, kind: 'press-release' | 'statistical-table') => {
    const out = extractRelease(readFileSync(dir + file, 'utf8'), { dataset, release_id: file, source_url: file, published }, { kind, contentType: file.endsWith('.html') ? 'text/html' : 'text/plain' });
    if (!out.ok) throw new Error(out.reason);
    return out.rows.map((d) => observationFromDraft(d, 1));
  };
  return [
    ...load('tables/customs-regime-2025-10.html', TABLES, '2025-11-20', 'statistical-table'),
    ...load('releases/national-october.txt', NEWS, '2025-11-07', 'press-release'),
    ...load('releases/xinjiang-q3-trade.html', NEWS, '2025-10-25', 'press-release'),
  ];
}

function obs(over: Partial<ObservationDraft>): Observation {
  return observationFromDraft({
    dataset: NOISE, area: 'Horgos Port', partner: 'World', flow: 'total', commodity: 'all goods', breakdown: '', measure: 'quantity',
    period_start: '2025-10', period_end: '2025-10', value: 1_000_000, unit: 'tonnes', qualifier: 'exact', yoy_pct: null,
    release_id: 'rel-noise', source_url: 'https://example.test/n', source_quote: 'q', published: '2025-11-20', quote_start: null, quote_end: null, ...over,
  }, 1);
}

/** A store that counts the rows it hands out, per dataset. */
function counting(store: ObservationStore): ObservationStore & { read: Map<string, number> } {
  const read = new Map<string, number>();
  const count = (dataset: string, n: number) => read.set(dataset, (read.get(dataset) ?? 0) + n);
  return {
    read,
    applyRelease: (d, r, drafts) => store.applyRelease(d, r, drafts),
    async *scan(d) {
      for await (const row of store.scan(d)) yield (count(d, 1), row);
    },
    async *scanRevisions(d) {
      for await (const row of store.scanRevisions(d)) yield (count(d, 1), row);
    },
    async get(d, ids) {
      const rows = await store.get(d, ids);
      count(d, rows.length);
      return rows;
    },
  };
}

async function storeOf(rows: Observation[]) {
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  for (const row of rows) await observations.upsert(row);
  return { datasets, observations: counting(observations) };
}

describe('the quality gate looks partners up', () => {
  // Last year's dollar export total in a third dataset: implied growth reaches across datasets.
  const lastYear = obs({ area: 'China', flow: 'export', measure: 'value', unit: 'USD', period_start: '2024-10', period_end: '2024-10', value: 210_580_000_000 });
  const noise = Array.from({ length: 40 }, (_, i) => obs({ area: `Port ${i}`, value: 1_000 + i }));

  /** The sample as extracted, and with its Ordinary Trade exports printed ten times too large. */
  const variants = {
    clean: () => sampleRows(),
    'a misplaced separator': () => sampleRows().map((r) => (r.source_quote === 'Ordinary Trade | Exports 10' ? { ...r, value: r.value! * 10 } : r)),
  };

  it.each(Object.entries(variants))('judges the dataset (%s) exactly as against every row of the store, reading no unrelated row', async (name, rowsOf) => {
    const all = [...rowsOf(), lastYear, ...noise];
    const { datasets, observations } = await storeOf(all);
    const gate = await runQualityGate({ dataset: TABLES, version: 1, createdAt: '2025-11-21T00:00:00Z' }, { observations, datasets });

    const full = assessQuality({ dataset: TABLES, rows: all, config: DEFAULT_QUALITY_CONFIG });
    expect(gate.summary).toEqual(qualitySummary(full));
    const document = (await qualityJsonOf(gate)) as { findings: { message: string }[] };
    expect(document.findings.map((f) => f.message).sort()).toEqual(full.findings.map((f) => f.message).sort());
    expect(full.verdicts.filter((v) => v.pinned && v.compared).length).toBeGreaterThan(10);
    expect(gate.heldFrom.size > 0).toBe(name !== 'clean');
    expect(observations.read.get(NOISE)).toBe(1); // last year's figure, none of the forty ports
    expect(observations.read.get(NEWS)).toBeLessThan(all.filter((r) => r.dataset === NEWS).length);
  });

  it("holds back a figure that only other datasets' rows contradict", async () => {
    const tenTimes = obs({ area: 'China', flow: 'export', measure: 'value', unit: 'USD', value: 2_175_301_140_000 });
    const { datasets, observations } = await storeOf([...sampleRows(), tenTimes, ...noise]);
    const gate = await runQualityGate({ dataset: NOISE, version: 1, createdAt: '2025-11-21T00:00:00Z' }, { observations, datasets });
    const held = [...gate.heldRows()];
    expect(held.map((h) => h.observation_id)).toEqual([tenTimes.observation_id]);
    expect(held[0].checks).toEqual(expect.arrayContaining(['currency-twins', 'same-figure-two-sources']));
    expect(observations.read.get(TABLES)).toBeLessThan(sampleRows().filter((r) => r.dataset === TABLES).length);
    // What the gate shows of a current row is what its view of the store gives for it.
    const ids = noise.map((r) => r.observation_id).slice(0, 3).concat(tenTimes.observation_id);
    const viewed = new Map((await gate.observations.get(NOISE, ids)).map((r) => [r.observation_id, r]));
    for (const current of await observations.get(NOISE, ids)) expect(gate.shown(current)).toBe(viewed.get(current.observation_id));
    expect(gate.shown({ ...tenTimes })).toBeUndefined();
  });
});
