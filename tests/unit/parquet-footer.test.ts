/**
 * A composed observations.parquet lists the row groups it copies by the previous file's own footer
 * bytes (parquet-footer.ts): copied as they are where nothing moved, rewritten where offsets moved
 * (row groups after a changed one, page indexes). The file must be the bytes a whole render writes,
 * and a layout from before format 2 (the writer's objects as JSON) must still give the previous
 * file's tail byte for byte.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { observationParquetSchema, ParquetSink, STATISTICS_LENGTH } from '../../functions/core/publish/parquet.js';
import { readTail, tailOf, tailOfRowGroups } from '../../functions/core/publish/parquet-footer.js';
import { restoreRowGroups, saveRowGroups } from '../../functions/core/publish/parquet-resume.js';
import type { ByteOutput } from '../../functions/core/publish/streams.js';
import { composeRow } from '../support/compose-world.js';

class Bytes implements ByteOutput {
  readonly chunks: Uint8Array[] = [];
  async write(chunk: Uint8Array): Promise<void> {
    this.chunks.push(chunk);
  }
  all(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** A month of rows; `long` quotes of 30 KB make each source_quote chunk two pages, so it has an offset index. */
function month(m: number, rows: number, long: boolean, over: Partial<Observation> = {}): Observation[] {
  const quoteEnd = long ? `${'said the office. '.repeat(1800)}${m}` : 'said the office.';
  return Array.from({ length: rows }, (_, n) => composeRow('footer', { partners: 5, commodities: 7, quoteEnd }, m, n, over));
}

/** A file written whole, a row group per month: its bytes, where each month starts, where its page indexes start, its footer record and its row groups as an old layout kept them. */
async function writeWhole(months: Observation[][]) {
  const out = new Bytes();
  const sink = new ParquetSink(out, 1000);
  const starts: number[] = [];
  for (const rows of months) {
    starts.push(sink.offset);
    for (const row of rows) sink.push(row);
    await sink.drain(true);
  }
  const at = sink.offset;
  const writer = sink['writer'];
  const saved = saveRowGroups({ rowGroups: writer.row_groups, indexes: writer.pendingIndexes });
  await sink.end();
  return { bytes: out.all(), starts, at, footer: sink.footer!, saved };
}

describe.each([
  ['short texts (no page index)', false],
  ['long texts (page indexes)', true],
])('a composed Parquet file, %s', (_name, long) => {
  const months = (changed: number | null) => [0, 1, 2].map((m) => month(m, 40, long, m === changed ? { value: 5, revision: 2, source_quote: `revised ${m} `.repeat(m + 3) } : {}));

  it('the footer record finds the row groups a walk of the footer finds, and an old layout gives the same tail', async () => {
    const file = await writeWhole(months(null));
    expect(file.footer.indexed.length > 0).toBe(long);
    const tail = file.bytes.subarray(file.at);
    const walked = readTail(tail, file.at);
    expect(tailOf(tail, file.at, file.footer).groups.map(({ start, end, rows, indexed }) => ({ start, end, rows, indexed }))).toEqual(walked.groups.map(({ start, end, rows, indexed }) => ({ start, end, rows, indexed })));
    const old = tailOfRowGroups(restoreRowGroups(file.saved), file.at, { schema: observationParquetSchema(), statisticsTruncateLength: STATISTICS_LENGTH });
    // The same page indexes and row group entries (its footer's other fields are not read).
    const entries = (t: typeof old) => t.groups.map((g) => Buffer.from(t.bytes.subarray(g.start, g.end)).toString('hex'));
    expect(entries(old)).toEqual(entries(walked));
    expect(old.groups.map((g) => g.chunks)).toEqual(walked.groups.map((g) => g.chunks));
    const indexes = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, bytes.length - 8 - Buffer.from(bytes).readUInt32LE(bytes.length - 8)));
    expect(indexes(old.bytes).length).toBe(long ? indexes(tail).length : 0);
    expect(indexes(old.bytes).equals(indexes(tail))).toBe(true);
  });

  it('copying the row groups before a changed one gives the bytes of a whole render', async () => {
    const before = await writeWhole(months(null));
    const whole = await writeWhole(months(2));
    const out = new Bytes();
    await out.write(before.bytes.subarray(0, before.starts[2]));
    const tail = tailOf(before.bytes.subarray(before.at), before.at, before.footer);
    const sink = new ParquetSink(out, 1000, undefined, { offset: before.starts[2], tail, groups: 2 });
    for (const row of months(2)[2]) sink.push(row);
    await sink.end();
    expect(out.all().equals(whole.bytes)).toBe(true);
    expect(sink.footer).toEqual(whole.footer);
  });

  it('copying the row groups after a changed one, moved, gives the bytes of a whole render', async () => {
    const before = await writeWhole(months(null));
    const whole = await writeWhole(months(0));
    expect(whole.starts[1]).not.toBe(before.starts[1]);
    const out = new Bytes();
    const sink = new ParquetSink(out, 1000);
    for (const row of months(0)[0]) sink.push(row);
    await sink.drain(true);
    const tail = tailOf(before.bytes.subarray(before.at), before.at, before.footer);
    await out.write(before.bytes.subarray(before.starts[1], before.at));
    sink.appendCopied({ tail, from: 1, to: 3, shift: sink.offset - before.starts[1] }, before.at - before.starts[1]);
    await sink.end();
    expect(out.all().equals(whole.bytes)).toBe(true);
    expect(sink.footer).toEqual(whole.footer);
  });
});
