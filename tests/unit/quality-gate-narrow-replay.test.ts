/**
 * The gate of a new version replays the recorded check passes only from a year before the first
 * changed period (C − 12) and carries every entry before it (README, "How the gate scales"): a
 * replayed failure that names a row of a carried period weighs it with the final state the record
 * gives, and the gate goes back to the replay from C − 24 when that blame no longer gives the
 * carried row the flag the record gave it. Whatever the path, quality.json and the held rows are
 * those of a gate that judged every row, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { MemoryBlobStore, MemoryDatasetStateStore, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { runQualityGate } from '../../functions/core/quality/gate.js';
import { shiftMonth } from '../../functions/core/quality/rows.js';
import { qualityTextOf, random, row } from '../support/trade-world.js';

const DS = 'small-trade';
const CREATED = '2024-01-01T00:00:00Z';
const FIRST = '2019-01';
/** Months in the store at version 1 (the record keeps the passes of the last 36). */
const MONTHS = 40;
const monthAt = (m: number) => shiftMonth(FIRST, m);

/** Each partner's share of the flow, and the flows' sizes: partners stay below the world, total = exports + imports. */
const PARTNERS: [string, number][] = [['World', 1], ['Japan', 0.12], ['Korea', 0.08]];

/**
 * A small dataset of consistent series (three partners, exports, imports and their total in dollars,
 * growth rates worked out from a year before) for `months` months; `wrong` decides which rows state a
 * growth rate 15 points off or a figure a thousand times too large (by partner, flow and month).
 */
function smallWorld(seed: number, months: number, wrong: (partner: string, flow: string, m: number, rand: () => number) => 'yoy' | 'scale' | null): Observation[] {
  const rand = random(seed);
  const value = new Map<string, number>();
  const rows: Observation[] = [];
  for (let m = 0; m < months; m++) {
    const end = monthAt(m);
    for (const [partner, share] of PARTNERS) {
      const flows = { export: 0, import: 0 };
      for (const flow of ['export', 'import'] as const) flows[flow] = Math.round((2e11 * share * (flow === 'export' ? 1.2 : 1) * 1.05 ** (m / 12) * (0.9 + 0.2 * rand())) / 1e6) * 1e6;
      for (const flow of ['export', 'import', 'total'] as const) {
        const v = flow === 'total' ? flows.export + flows.import : flows[flow];
        value.set(`${partner}|${flow}|${m}`, v);
        const before = value.get(`${partner}|${flow}|${m - 12}`);
        const yoy = before ? Math.round((v / before - 1) * 1000) / 10 : null;
        const error = wrong(partner, flow, m, rand);
        const stated = error === 'yoy' && yoy !== null ? { yoy_pct: Math.round((yoy + 15) * 10) / 10 } : { yoy_pct: yoy };
        rows.push(row({ dataset: DS, partner, flow, unit: 'USD', period_start: end, period_end: end, value: error === 'scale' ? v * 1000 : v, ...stated }));
      }
    }
  }
  return rows;
}

/** About one row in `rate` wrong (a growth rate off, or now and then a figure's scale). */
const randomErrors = (rate: number) => (_p: string, _f: string, _m: number, rand: () => number) => {
  const pick = rand();
  return pick < 1 / rate ? 'yoy' : pick < 1.3 / rate ? 'scale' : null;
};

async function storeWith(rows: Observation[], months = MONTHS) {
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  for (const r of rows) if (r.period_end <= monthAt(months - 1)) await observations.upsert(r);
  return { datasets, observations };
}

async function current(observations: MemoryObservationStore): Promise<Observation[]> {
  const rows: Observation[] = [];
  for await (const r of observations.scan(DS)) rows.push(r);
  return rows;
}

/** A version's gate (its record kept in `blobs`): quality.json's text, the held rows, and what it read and replayed. */
async function gate(version: number, observations: MemoryObservationStore, datasets: MemoryDatasetStateStore, blobs: MemoryBlobStore) {
  const seq = (await datasets.get(DS)).change_seq;
  const result = await runQualityGate({ dataset: DS, version, createdAt: CREATED, seq }, { observations, datasets, blobs });
  await result.keepRecord();
  return { text: await qualityTextOf(result, blobs), held: [...result.heldRows()], scope: result.scope };
}

/** Version 2 judged from version 1's record, and by a gate that judges every row. */
async function bothWays(observations: MemoryObservationStore, datasets: MemoryDatasetStateStore, blobs: MemoryBlobStore) {
  const composed = await gate(2, observations, datasets, blobs);
  const full = await gate(2, observations, datasets, new MemoryBlobStore());
  return { composed, full };
}

/**
 * The months a replay from a year before the first change (month `first`) reads when the latest is
 * month `last` (README, "the gate reads only the months it reaches"): the passes it runs, over
 * `first` to `last`, compare rows of their month, the month before and a year before, so it reads
 * from the month before `first` on and, of the year before it, the months a year before a pass.
 */
const reachedMonths = (first: number, last: number) => last - first + 2 + Math.max(0, Math.min(first - 2, last - 12) - (first - 12) + 1);

/** The implied-growth failures of a quality.json naming a row, and whether each blames it. */
function blamesOf(text: string, id: string): boolean[] {
  const findings = (JSON.parse(text) as { findings: { check: string; outcome: string; rows: { observation_id: string; suspected: boolean }[] }[] }).findings;
  return findings.filter((f) => f.outcome === 'fail').flatMap((f) => f.rows.filter((r) => r.observation_id === id).map((r) => r.suspected));
}

describe('the replay from a year before the first change', () => {
  it('gives random small datasets after random changes the quality.json and held rows of a full gate, byte for byte', async () => {
    const paths = { narrow: 0, fallback: 0, wide: 0 };
    const change = fc.record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      back: fc.integer({ min: 0, max: 30 }),
      revisions: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('slight', 'large', 'yoy', 'scale') }), { minLength: 1, maxLength: 6 }),
      newMonth: fc.boolean(),
      removal: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(change, async ({ seed, back, revisions, newMonth, removal }) => {
        const rows = smallWorld(seed, MONTHS + 1, randomErrors(25));
        const { datasets, observations } = await storeWith(rows);
        const blobs = new MemoryBlobStore();
        await gate(1, observations, datasets, blobs);
        const first = monthAt(MONTHS - 1 - back);
        const open = (await current(observations)).filter((r) => r.period_end >= first && r.value !== null);
        // The first change is at `first` itself, the others anywhere after it.
        for (const [i, { at, kind }] of revisions.entries()) {
          const r = i === 0 ? open.filter((o) => o.period_end === first)[at % 9] : open[at % open.length];
          const value = kind === 'slight' ? Math.round(r.value! * 1.001) : kind === 'large' ? r.value! * 1.5 : kind === 'scale' ? r.value! * 1000 : r.value!;
          const yoy = kind === 'yoy' && r.yoy_pct !== null ? r.yoy_pct + 15 : r.yoy_pct;
          await observations.upsert({ ...r, revision: r.revision + 1, status: 'revised', release_id: `${DS}-revised`, value, yoy_pct: yoy });
        }
        if (newMonth) for (const r of rows.filter((r) => r.period_end === monthAt(MONTHS))) await observations.upsert(r);
        if (removal) await observations.remove(DS, open[(seed * 7) % open.length].observation_id);

        const { composed, full } = await bothWays(observations, datasets, blobs);
        expect(composed.text).toBe(full.text);
        expect(composed.held).toEqual(full.held);
        // The months from a year before the first change on that its passes reach; where the record keeps those passes (back ≤ 24), read alone unless the replay fell back.
        const yearBefore = back + 1 + 12 + (newMonth ? 1 : 0);
        const { months_read: read, fallbacks } = composed.scope;
        if (back <= 24 && fallbacks === 0) (paths.narrow++, expect(read).toBe(reachedMonths(MONTHS - 1 - back, MONTHS - (newMonth ? 0 : 1))));
        else if (fallbacks > 0) (paths.fallback++, expect(read).toBeGreaterThan(yearBefore));
        else paths.wide++;
      }),
      { numRuns: 40, seed: 20261205 },
    );
    // Not vacuous: most versions replayed from a year before the change.
    expect(paths.narrow).toBeGreaterThan(20);
  }, 120_000);

  it('keeps a row held a year before the change held, reading the year before the change only', async () => {
    // One wrong growth rate: Japan's exports 20 months back fail against the year before; the change is a year later, in Korea.
    const held = 'Japan|export';
    const at = MONTHS - 21;
    const rows = smallWorld(11, MONTHS, (p, f, m) => (`${p}|${f}` === held && m === at ? 'yoy' : null));
    const { datasets, observations } = await storeWith(rows);
    const blobs = new MemoryBlobStore();
    const v1 = await gate(1, observations, datasets, blobs);
    const wrong = v1.held.find((h) => h.label.includes('Japan') && h.label.includes('export') && h.revision === 1)!;
    expect(wrong).toBeDefined();
    const changed = (await current(observations)).find((r) => r.partner === 'Korea' && r.flow === 'import' && r.period_end === monthAt(at + 12))!;
    await observations.upsert({ ...changed, revision: 2, status: 'revised', value: Math.round(changed.value! * 1.0005) });

    const { composed, full } = await bothWays(observations, datasets, blobs);
    expect(composed.text).toBe(full.text);
    expect(composed.held).toEqual(full.held);
    expect(full.held.map((h) => h.observation_id)).toContain(wrong.observation_id);
    // Rows from a year before the change on (those its passes reach), its passes replayed: nothing moved, nothing judged again further back.
    expect(composed.scope).toMatchObject({ fallbacks: 0, months_read: reachedMonths(at + 12, MONTHS - 1), passes_replayed: 12 });
  });

  it('replays from two years before when the change moves the blame of a failure naming a row before the year', async () => {
    // World exports: a growth rate off at month 22 fails against month 10, which states no growth rate; month 34's
    // growth rate vouches for month 22, so month 10 alone is blamed.
    const b = 10;
    const a = 22;
    const c = 34;
    const rows = smallWorld(12, MONTHS, (p, f, m) => (p === 'World' && f === 'export' && m === a ? 'yoy' : null));
    const { datasets, observations } = await storeWith(rows);
    const blobs = new MemoryBlobStore();
    const v1 = await gate(1, observations, datasets, blobs);
    const cell = (m: number) => rows.find((r) => r.partner === 'World' && r.flow === 'export' && r.period_end === monthAt(m))!;
    expect(blamesOf(v1.text, cell(b).observation_id)).toEqual([true]);
    // The change, two years after month 10: month 34's growth rate goes wrong against month 22, which is then vouched for by
    // nothing and in two failures, so alone to blame.
    await observations.upsert({ ...cell(c), revision: 2, status: 'revised', yoy_pct: cell(c).yoy_pct! + 15 });

    const { composed, full } = await bothWays(observations, datasets, blobs);
    expect(composed.text).toBe(full.text);
    expect(composed.held).toEqual(full.held);
    // Not vacuous: month 10 is blamed no more, and held no more.
    expect(blamesOf(full.text, cell(b).observation_id)).toEqual([false]);
    expect(v1.held.map((h) => h.observation_id)).toContain(cell(b).observation_id);
    expect(full.held.map((h) => h.observation_id)).not.toContain(cell(b).observation_id);
    // The replay from month 22 saw it and went back to the one from month 10 (rows read: those its passes reach from 22, then all from 10).
    expect(composed.scope.fallbacks).toBe(1);
    expect(composed.scope.fallback).toMatch(/otherwise than the record/);
    expect(composed.scope.months_read).toBe(reachedMonths(c, MONTHS - 1) + (MONTHS - b));
  });
});
