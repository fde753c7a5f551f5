/**
 * What the quality gate keeps to the end of a run, kept compactly: the held rows' ids and
 * revisions in flat buffers (held-ids.ts) read like the Map they replace, and the rows' state slots
 * kept in their blocks' columns (row-states.ts over row-block.ts) apart from every other row's, and
 * the judged findings naming each row as its verdict names them (row-states.ts's notes).
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { HeldIds } from '../../functions/core/quality/held-ids.js';
import { RowColumns } from '../../functions/core/quality/row-block.js';
import { RowStates } from '../../functions/core/quality/row-states.js';
import type { VerdictFinding } from '../../functions/core/quality/assess.js';

/** A deterministic random number source. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** An id: mostly 20 hex characters as the publisher makes them, some of other lengths and outside ASCII. */
function id(rand: () => number): string {
  const kind = rand();
  if (kind < 0.8) return Math.floor(rand() * 2 ** 52).toString(16).padStart(20, '0');
  const alphabet = ['a', 'Z', '0', '-', 'é', '元', '😀', '/'];
  return Array.from({ length: Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
}

describe('held ids in flat buffers', () => {
  it('answers get, has and size as a Map, and lists entries in the order first set, across growth', () => {
    const rand = random(15);
    const held = new HeldIds();
    const model = new Map<string, number>();
    const seen: string[] = [];
    for (let n = 0; n < 6000; n++) {
      // A third set again (the revision replaced in place), the rest new.
      const key = seen.length > 0 && rand() < 0.3 ? seen[Math.floor(rand() * seen.length)] : id(rand);
      const revision = 1 + Math.floor(rand() * 5);
      held.set(key, revision);
      model.set(key, revision);
      seen.push(key);
    }
    expect(held.size).toBe(model.size);
    expect([...held]).toEqual([...model]);
    expect([...held.keys()]).toEqual([...model.keys()]);
    expect([...held.values()]).toEqual([...model.values()]);
    expect([...held.entries()]).toEqual([...model.entries()]);
    const listed: [string, number][] = [];
    held.forEach((revision, key) => listed.push([key, revision]));
    expect(listed).toEqual([...model]);
    for (const key of model.keys()) {
      expect(held.get(key)).toBe(model.get(key));
      expect(held.has(key)).toBe(true);
    }
    // Ids never set: none of them found, including prefixes and extensions of held ones.
    for (let n = 0; n < 3000; n++) {
      const other = rand() < 0.5 ? id(rand) : seen[n].slice(0, -1) + (rand() < 0.5 ? '' : 'x0');
      expect(held.get(other)).toBe(model.get(other));
      expect(held.has(other)).toBe(model.has(other));
    }
    expect(held.has('')).toBe(model.has(''));
  });
});

function row(i: number): Observation {
  return {
    observation_id: `obs-${i}`, dataset: 'tables', area: 'Xinjiang', partner: 'World', flow: 'export', commodity: `HS ${i % 97}`,
    breakdown: '', measure: 'value', period_start: '2024-01', period_end: '2024-01', value: i, unit: 'CNY', qualifier: 'exact',
    yoy_pct: null, status: 'preliminary', release_id: 'r', source_url: 'https://customs.example.test/r.html', source_quote: '',
    published: '2024-02-07', revision: 1, period_type: 'month', partner_code: '', area_code: '', is_total: false,
  };
}

describe('row states kept in the rows\' blocks', () => {
  it('keeps each row its own slot and state, apart between two assessments over the same blocks, and frees slots on release', () => {
    const columns = new RowColumns();
    // Over two blocks (2,048 rows each), and rows not in a block at all.
    const rows = [...Array.from({ length: 5000 }, (_, i) => columns.add(row(i), `obs-${i}`, '')), ...Array.from({ length: 50 }, (_, i) => row(10_000 + i))];
    const first = new RowStates();
    const second = new RowStates();
    const delta = (n: number) => ({ agreements: n, vouched: n % 2 === 0, bounded: n % 3 === 0, pinned: n % 5 === 0, weight: n * 1000, findings: n % 7 });
    for (const [i, r] of rows.entries()) {
      expect(first.find(r)).toBe(-1);
      first.add(first.slot(r), delta(i));
      if (i % 2 === 0) second.add(second.slot(r), delta(i + 1));
    }
    const slots = new Set(rows.map((r) => first.slot(r)));
    expect(slots.size).toBe(rows.length);
    for (const [i, r] of rows.entries()) {
      const s = first.find(r);
      expect([first.agreements(s), first.vouched(s), first.bounded(s), first.pinned(s), first.weight(s), first.findings(s)]).toEqual([i, i % 2 === 0, i % 3 === 0, i % 5 === 0, i * 1000, i % 7]);
      const t = second.find(r);
      if (i % 2 === 0) expect([second.agreements(t), second.weight(t)]).toEqual([i + 1, (i + 1) * 1000]);
      else expect(t).toBe(-1);
    }
    // Released: nothing said any more, and a fresh row takes a freed slot with a clean state.
    const released = rows.filter((_, i) => i % 3 === 0);
    for (const r of released) first.release(r);
    for (const r of released) expect(first.find(r)).toBe(-1);
    const again = first.slot(released[0]);
    expect(slots.has(again)).toBe(true);
    expect([first.agreements(again), first.weight(again), first.findings(again), first.vouched(again)]).toEqual([0, 0, 0, false]);
    expect(first.agreements(first.find(rows[1]))).toBe(1);
  });
});

describe('judged findings noted per row', () => {
  it('gives each row back its own notes in the order noted, the message only of a failure that blames it, and none after release', () => {
    const rand = random(16);
    const states = new RowStates();
    const rows = Array.from({ length: 3000 }, (_, i) => row(i));
    const checks = ['sign', 'implied-growth', 'parts-and-totals', 'large-revision'] as const;
    const model = new Map<number, VerdictFinding[]>();
    const note = (i: number) => {
      const outcome = rand() < 0.5 ? 'fail' : 'warn';
      const blamesRow = rand() < 0.5;
      const finding: VerdictFinding = { check: checks[Math.floor(rand() * checks.length)], outcome, blamesRow, message: `finding ${i} ${rand()}` };
      states.judge(states.slot(rows[i]), finding);
      const kept: VerdictFinding = { check: finding.check, outcome, blamesRow };
      if (outcome === 'fail' && blamesRow) kept.message = finding.message;
      model.set(i, [...(model.get(i) ?? []), kept]);
    };
    // Interleaved over rows, with rows released (and their slots and notes reused) along the way.
    for (let n = 0; n < 20_000; n++) {
      const i = Math.floor(rand() * rows.length);
      note(i);
      if (n % 7 === 0) {
        const gone = Math.floor(rand() * rows.length);
        expect(states.judged(states.find(rows[gone]))).toEqual(model.get(gone));
        states.release(rows[gone]);
        model.delete(gone);
        expect(states.judged(states.find(rows[gone]))).toBeUndefined();
      }
    }
    for (const [i, r] of rows.entries()) expect(states.judged(states.find(r))).toEqual(model.get(i));
  });
});
