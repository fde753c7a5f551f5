/**
 * The gate of a composed version reads only the months the passes it runs reach (README, "the gate
 * reads only the months it reaches"): replaying from a year before the first changed month C, it
 * reads the months a year before each pass it runs and from C − 1 on, and carries the verdicts of
 * the months between from the record, in the order a full gate gives them. The same change judged
 * three ways, by that gate, by the gate that reads every month from C − 12 on, and by a gate that
 * judges every row, gives the same quality.json and held rows byte for byte, and the first two the
 * same record (the next version judged from either gives the same again).
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { MemoryBlobStore, type MemoryDatasetStateStore, type MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { runQualityGate } from '../../functions/core/quality/gate.js';
import { gateLogKey } from '../../functions/core/quality/gate-log.js';
import { shiftMonth } from '../../functions/core/quality/rows.js';
import { qualityTextOf, random, storeOf, TABLES } from '../support/trade-world.js';

const CREATED = '2024-01-01T00:00:00Z';
/** The latest month of version 1 (the world's months go on to 2023-12: the next ones come from `rest`). */
const UNTIL = '2022-12';

async function current(observations: MemoryObservationStore): Promise<Observation[]> {
  const rows: Observation[] = [];
  for await (const r of observations.scan(TABLES)) rows.push(r);
  return rows;
}

/** A version's gate, its record kept in `blobs`: quality.json's text, the held rows, the summary, what it read, and the record's bytes. */
async function gate(version: number, observations: MemoryObservationStore, datasets: MemoryDatasetStateStore, blobs: MemoryBlobStore, readEveryMonth = false) {
  const seq = (await datasets.get(TABLES)).change_seq;
  const result = await runQualityGate({ dataset: TABLES, version, createdAt: CREATED, seq }, { observations, datasets, blobs, readEveryMonth });
  await result.keepRecord();
  return { text: await qualityTextOf(result, blobs), held: [...result.heldRows()], summary: result.summary, scope: result.scope, record: Buffer.from((await blobs.get(gateLogKey(TABLES, version)))!) };
}

/** A blob store holding a version's record alone. */
async function holding(version: number, record: Uint8Array): Promise<MemoryBlobStore> {
  const blobs = new MemoryBlobStore();
  await blobs.put(gateLogKey(TABLES, version), record, { contentType: 'application/x-ndjson' });
  return blobs;
}

/** Revises `n` rows of `month` (slightly, or by half: a failure), picked with `rand`. */
async function revise(observations: MemoryObservationStore, month: string, n: number, rand: () => number): Promise<void> {
  const rows = (await current(observations)).filter((r) => r.period_end === month && r.value !== null);
  for (let k = 0; k < n; k++) {
    const r = rows[Math.floor(rand() * rows.length)];
    await observations.upsert({ ...r, revision: r.revision + 1, status: 'revised', release_id: `${TABLES}-revised-${month}`, value: Math.round((r.value! * (rand() < 0.4 ? 1.5 : 1.001)) / 1000) * 1000 });
  }
}

/** The next month's rows from `rest`. */
async function appendMonth(observations: MemoryObservationStore, rest: Observation[], month: string): Promise<void> {
  for (const r of rest.filter((r) => r.period_end === month)) await observations.upsert(r);
}

/** The change shapes: what each does to the store, and its first changed month. */
const SHAPES: { name: string; first: string; apply(observations: MemoryObservationStore, rest: Observation[], rand: () => number): Promise<void> }[] = [
  { name: 'a new month appended', first: '2023-01', apply: (o, rest) => appendMonth(o, rest, '2023-01') },
  {
    name: 'a new month and revisions of the last three months',
    first: '2022-10',
    async apply(o, rest, rand) {
      await appendMonth(o, rest, '2023-01');
      for (const month of ['2022-10', '2022-11', '2022-12']) await revise(o, month, 3, rand);
      const last = (await current(o)).filter((r) => r.period_end === '2022-11');
      await o.remove(TABLES, last[Math.floor(rand() * last.length)].observation_id);
    },
  },
  { name: 'revisions six months back', first: '2022-06', apply: (o, _rest, rand) => revise(o, '2022-06', 4, rand) },
  { name: 'a revision a year back', first: '2021-12', apply: (o, _rest, rand) => revise(o, '2021-12', 2, rand) },
];

/** The months from a year before `first` to it that no pass over `first` to `last` reaches (they compare a month, the one before and a year before). */
function unreadMonths(first: string, last: string): Set<string> {
  const reached = new Set<string>();
  for (let p = first; p <= last; p = shiftMonth(p, 1)) for (const by of [0, -1, -12]) reached.add(shiftMonth(p, by));
  const unread = new Set<string>();
  for (let p = shiftMonth(first, -12); p < first; p = shiftMonth(p, 1)) if (!reached.has(p)) unread.add(p);
  return unread;
}

describe('the gate reading only the months its passes reach', () => {
  const seen = { unreadMonths: 0, blamesNamingUnread: 0, fallbacks: 0 };

  for (const shape of SHAPES) {
    for (const seed of [3, 8]) {
      it(`gives ${shape.name} (seed ${seed}) the quality.json, held rows and record of a gate reading every month`, async () => {
        const rand = random(seed * 31 + shape.name.length);
        const { datasets, observations, rest } = await storeOf(seed, UNTIL, { withNews: false });
        const v1 = new MemoryBlobStore();
        await gate(1, observations, datasets, v1);
        const record1 = (await v1.get(gateLogKey(TABLES, 1)))!;
        await shape.apply(observations, rest, rand);

        const reached = await gate(2, observations, datasets, await holding(1, record1));
        const everyMonth = await gate(2, observations, datasets, await holding(1, record1), true);
        const full = await gate(2, observations, datasets, new MemoryBlobStore());
        expect(reached.text).toBe(full.text);
        expect(everyMonth.text).toBe(full.text);
        expect(reached.held).toEqual(full.held);
        expect(reached.summary).toEqual(full.summary);
        expect(reached.record.equals(everyMonth.record)).toBe(true);

        // Fewer months read, unless the change reaches them all (a year back) or the replay fell back.
        const latest = (await current(observations)).reduce((m, r) => (r.period_end > m ? r.period_end : m), '');
        const unread = unreadMonths(shape.first, latest);
        seen.fallbacks += reached.scope.fallbacks;
        if (reached.scope.fallbacks === 0) expect(reached.scope.months_read).toBe(everyMonth.scope.months_read - unread.size);
        if (unread.size > 0 && reached.scope.fallbacks === 0) seen.unreadMonths++;
        if (shape.first === '2021-12') expect(unread.size).toBe(0);

        // Failures naming a row of a month not read and one of a month read (their blame worked out again from the record's states).
        const periodOf = new Map((await current(observations)).map((r) => [`${r.observation_id}#${r.revision}`, r.period_end]));
        const findings = (JSON.parse(full.text) as { findings: { outcome: string; rows: { observation_id: string; revision: number }[] }[] }).findings;
        for (const f of findings.filter((f) => f.outcome === 'fail')) {
          const periods = f.rows.map((r) => periodOf.get(`${r.observation_id}#${r.revision}`) ?? '');
          if (periods.some((p) => unread.has(p)) && periods.some((p) => p >= shiftMonth(shape.first, -12) && !unread.has(p))) seen.blamesNamingUnread++;
        }

        // The next version (another month) judged from either record, and by a full gate: the same again.
        await appendMonth(observations, rest, latest === '2023-01' ? '2023-02' : '2023-01');
        const next = await gate(3, observations, datasets, await holding(2, reached.record));
        const nextFull = await gate(3, observations, datasets, new MemoryBlobStore());
        expect(next.text).toBe(nextFull.text);
        expect(next.held).toEqual(nextFull.held);
      }, 60_000);
    }
  }

  it('reads every month from a year before the change when a failure moves its blame off a row it did not read', async () => {
    // World exports in yuan: the year-to-date figure of 2022-08 (a month the passes of 2022-10 on do not reach) 30 % off,
    // which failures adding up the months blame; then that of 2022-10 is 30 % off too: the new failures of 2022-10 name
    // 2022-09's figure, and a failure of 2022-09 naming both blames 2022-08's otherwise than the record.
    const { datasets, observations } = await storeOf(2, UNTIL, { withNews: false });
    const ytd = async (end: string) => (await current(observations)).find((r) => r.partner === 'World' && r.commodity === 'all goods' && r.breakdown === '' && r.flow === 'export' && r.unit === 'CNY' && r.period_end === end && r.period_start !== end)!;
    const off = async (end: string) => {
      const r = await ytd(end);
      await observations.upsert({ ...r, revision: r.revision + 1, status: 'revised', value: Math.round(r.value! * 1.3) });
    };
    await off('2022-08');
    const v1 = new MemoryBlobStore();
    await gate(1, observations, datasets, v1);
    const record1 = (await v1.get(gateLogKey(TABLES, 1)))!;
    await off('2022-10');

    const reached = await gate(2, observations, datasets, await holding(1, record1));
    const everyMonth = await gate(2, observations, datasets, await holding(1, record1), true);
    const full = await gate(2, observations, datasets, new MemoryBlobStore());
    expect(reached.text).toBe(full.text);
    expect(reached.held).toEqual(full.held);
    expect(reached.record.equals(everyMonth.record)).toBe(true);
    // The first attempt saw the blame move off 2022-08's figure and read every month from 2021-10 again.
    const moved = await ytd('2022-08');
    expect(reached.scope.fallbacks).toBe(1);
    expect(reached.scope.fallback).toContain(`blames ${TABLES}/${moved.observation_id} otherwise than the record`);
    expect(everyMonth.scope.fallbacks).toBe(0);
    expect(reached.scope.months_read).toBe(everyMonth.scope.months_read + everyMonth.scope.months_read - unreadMonths('2022-10', UNTIL).size);
  });

  it('was not vacuous: months carried unread, and failures naming a row of one and a row read', () => {
    expect(seen.unreadMonths).toBeGreaterThanOrEqual(4);
    expect(seen.blamesNamingUnread).toBeGreaterThan(0);
  });
});

