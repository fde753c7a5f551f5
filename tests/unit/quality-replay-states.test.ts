/**
 * A check pass's state line, as the gate's record keeps it (replay.ts): written from the pass's
 * deltas (PassDeltas, in the order the pass touched the rows) and read back in place when a later
 * version replays the pass. Read in place or as JSON, a line gives the same rows and numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import type { ReplayedPass } from '../../functions/core/quality/assess.js';
import { HeldRows, readStates, rowKey, stateLine } from '../../functions/core/quality/replay.js';
import { BOUNDED, PassDeltas, PINNED, RowStates, VOUCHED } from '../../functions/core/quality/row-states.js';

const row = (dataset: string, id: string, revision = 1): Observation => ({ dataset, observation_id: id, revision, period_end: '2025-01' }) as Observation;

/** The rows and numbers a line gives when read as JSON (what the record's reader did before it read lines in place). */
function asJson(line: string, held: HeldRows): ReplayedPass['states'] {
  const states: ReplayedPass['states'] = { rows: [], deltas: [] };
  for (const [key, ...numbers] of (JSON.parse(line) as { states: [string, number, number, number, number][] }).states) {
    const found = held.getKey(key);
    if (!found) continue;
    states.rows.push(found);
    states.deltas.push(...numbers);
  }
  return states;
}

describe('state lines of the gate record', () => {
  it('are written in the order the pass touched the rows, each delta summed, with RowStates flag bits', () => {
    const states = new RowStates();
    const deltas = new PassDeltas();
    const [a, b] = [row('trade', '00000a'), row('trade', '00000b', 3)];
    const note = (r: Observation, ...change: [number, number, number, number]) => deltas.add(r, states.slot(r), ...change);
    note(b, 1, PINNED, 0, 0);
    note(a, 0, BOUNDED, 0, 0);
    note(b, 1, PINNED | VOUCHED, 1000, 1);
    expect(stateLine('2025-01', deltas)).toBe(JSON.stringify({ period: '2025-01', states: [[rowKey(b), 2, PINNED | VOUCHED, 1000, 1], [rowKey(a), 0, BOUNDED, 0, 0]] }));
    expect([VOUCHED, BOUNDED, PINNED]).toEqual([1, 2, 4]);
  });

  it('are JSON.stringify\'s text of the items, whatever the keys and numbers: escapes, surrogates, fractions, huge and odd numbers', () => {
    const states = new RowStates();
    const deltas = new PassDeltas();
    const rows = [row('trade', 'plain'), row('region/trade', 'q"uote', 2), row('trade', 'back\\slash'), row('trade', 'tab\tnl\n'), row('trade', 'lone\ud800'), row('trade', 'pair\ud83d\ude00é'), row('tr"ade', '\u0001')];
    const weights = [0, 1.5, -2, 1e21, 1e-7, Number.MAX_VALUE, 0.1 + 0.2];
    const expected: [string, number, number, number, number][] = [];
    rows.forEach((r, i) => {
      deltas.add(r, states.slot(r), i, i % 8, weights[i], i % 3);
      expected.push([rowKey(r), i, i % 8, weights[i], i % 3]);
    });
    for (const period of ['2025-01', '', 'p"\\']) expect(stateLine(period, deltas)).toBe(JSON.stringify({ period, states: expected }));
    expect(stateLine('2025-01', new PassDeltas())).toBe(JSON.stringify({ period: '2025-01', states: [] }));
  });

  it('read in place give what JSON gives: keys with a "/" in the dataset, rows not held, other revisions, and escapes', () => {
    const rows = [row('trade', '0000000000000000ea60'), row('region/trade', 'x1', 12), row('trade', 'x1', 2), row('trade', 'q"uote'), row('trade', 'back\\slash'), row('other', '0000000000000000ea60')];
    const held = new HeldRows();
    held.note(rows.slice(0, 3));
    held.note([rows[5]]);
    const missing = [row('trade', 'gone'), row('trade', '0000000000000000ea60', 2)];
    const states = new RowStates();
    const line = (list: Observation[], weight = (i: number) => i * 1000) => {
      const deltas = new PassDeltas();
      list.forEach((r, i) => deltas.add(r, states.slot(r), i, i % 8, weight(i), i % 3));
      return stateLine('2025-01', deltas);
    };
    const plain = line([...rows.slice(0, 3), ...missing, rows[5]]);
    const escaped = line(rows);
    // Numbers JSON writes otherwise than as digits: read as JSON reads them.
    const odd = line(rows.slice(0, 3), (i) => [1.5, -2, 1e21][i]);
    const empty = stateLine('2025-01', new PassDeltas());
    for (const text of [plain, escaped, odd, empty]) {
      const read: ReplayedPass['states'] = { rows: [], deltas: [] };
      readStates(text, held, read);
      expect(read).toEqual(asJson(text, held));
    }
    const read: ReplayedPass['states'] = { rows: [], deltas: [] };
    readStates(plain, held, read);
    expect(read.rows).toEqual([rows[0], rows[1], rows[2], rows[5]]);
    expect(read.deltas).toEqual([0, 0, 0, 0, 1, 1, 1000, 1, 2, 2, 2000, 2, 5, 5, 5000, 2]);
  });

  it('read as JSON when the line is not as stateLine writes it (spaces, another key order)', () => {
    const held = new HeldRows();
    const r = row('trade', 'a1');
    held.note([r]);
    for (const text of ['{ "period": "2025-01", "states": [ ["trade/a1#1", 1, 4, 0, 0] ] }', '{"states":[["trade/a1#1",1,4,0,0]],"period":"2025-01"}']) {
      const read: ReplayedPass['states'] = { rows: [], deltas: [] };
      readStates(text, held, read);
      expect(read).toEqual({ rows: [r], deltas: [1, 4, 0, 0] });
    }
  });
});
