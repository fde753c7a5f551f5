/**
 * A version's quality report carries the previous version's record line by line (gate-log.ts):
 * most lines are read only at their start (a finding's check and outcome, a held row's id and
 * revision). Carried that way, a report is the one the same entries make when each is parsed.
 * A record lists its gzip members, and a member whose every line is carried is taken whole, as it
 * was gzipped: the report is the one carrying every line gives.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY_CONFIG } from '../../functions/core/quality/config.js';
import { carryRecord } from '../../functions/core/quality/gate.js';
import { gateLogChunks, gateLogKey, readGateLog, type GateBasis, type RecordPart } from '../../functions/core/quality/gate-log.js';
import { QualityReport, type ReportEntry } from '../../functions/core/quality/report.js';
import { MemoryBlobStore } from '../support/memory-ports.js';
import { random, row, TABLES } from '../support/trade-world.js';

const earlier = row({ dataset: TABLES, flow: 'export', unit: 'USD', period_start: '2023-04', period_end: '2023-04', value: 1000 });
const rowEntry = (id: string, suspected: boolean) => ({ dataset: TABLES, observation_id: id, revision: 1, row: `row "${id}"`, release_id: 'r-1', suspected });
const held = (id: string, revision: number, previous?: typeof earlier) => ({
  dataset: TABLES, observation_id: id, revision, release_id: 'r-1', source_url: 'https://customs.example.test/r-1', published: '2023-05-20',
  label: `exports "quoted" \\ slashed ${id}`, checks: ['sign'], reasons: ['sign: a value "previous":{ in words'], status: 'held' as const, ...(previous ? { previous } : {}),
});

/** Entries of every kind a record holds, some with text that looks like the start of another kind. */
const ENTRIES: ReportEntry[] = [
  { period: '2023-04', finding: { check: 'sign', outcome: 'fail', message: 'a value below zero', evidence: { value: -1 }, rows: [rowEntry('a', true)] } },
  { period: '2023-04', finding: { check: 'implied-growth', outcome: 'warn', message: 'growth "outcome":"fail" of 3 %', evidence: { stated: 3, implied: 9 }, rows: [rowEntry('a', false), rowEntry('b', false)] } },
  { period: '2023-05', finding: { check: 'parts-and-totals', outcome: 'fail', message: 'parts exceed', evidence: {}, rows: [rowEntry('c', true), rowEntry('d', false)] } },
  { period: '2023-04', held: held('a', 1) },
  { period: '2023-05', held: held('e', 2, { ...earlier, observation_id: 'e', revision: 1 }) },
  { period: '', held: held('f"g', 1) },
  { period: '2023-05', decided: { dataset: TABLES, observation_id: 'h', revision: 1, decision: 'accept', reason: 'checked by hand', by: 'ops', at: '2023-06-01T00:00:00Z' }, row: `${TABLES}/h` },
];

/** What a report shows: its counts, its held rows (by id and as listed) and the findings quality.json lists. */
function shown(report: QualityReport) {
  return { summary: report.summary, heldFrom: [...report.heldFrom], previousOfHeld: [...report.previousOfHeld], held: [...report.held()], listed: [...report.listed()], decided: report.decided, total: report.findingsTotal, perCheck: report.perCheck };
}

describe('carrying a quality record', () => {
  it('gives the report that adding the parsed entries gives', () => {
    const carried = new QualityReport(TABLES, DEFAULT_QUALITY_CONFIG, true);
    const parsed = new QualityReport(TABLES, DEFAULT_QUALITY_CONFIG, true);
    for (const entry of ENTRIES) {
      const line = JSON.stringify(entry);
      carried.carry(line);
      parsed.add(JSON.parse(line) as ReportEntry, line);
    }
    expect(shown(carried)).toEqual(shown(parsed));
    expect(carried.summary.held_back).toBe(3);
    expect(carried.previousOfHeld.get('e')?.revision).toBe(1);
    expect(carried.perCheck.find((c) => c.name === 'implied-growth')).toMatchObject({ failures: 0, warnings: 1 });
  });
});

const BASIS: GateBasis = { seq: 3, partners: {}, config: 'c', decisions: 'd' };
const months = (from: number, count: number) => Array.from({ length: count }, (_, i) => `${2019 + Math.floor((from + i) / 12)}-${String(((from + i) % 12) + 1).padStart(2, '0')}`);

/** A report of five years: held rows in every month, and failures and warnings of two checks, enough to fill many gzip members, in the order a gate finds them. */
function largeReport(): QualityReport {
  const rand = random(31);
  const report = new QualityReport(TABLES, DEFAULT_QUALITY_CONFIG, true);
  const text = (n: number) => Array.from({ length: n }, () => 'abcdefgh "\\é'[Math.floor(rand() * 12)]).join('');
  let id = 0;
  for (const period of months(0, 60)) {
    for (let n = 0; n < 12; n++) report.carry(JSON.stringify({ period, held: held(`h${++id}`, 1 + (n % 2), n === 3 ? { ...earlier, observation_id: `h${id}`, revision: 1 } : undefined) }));
    for (let n = 0; n < 40; n++) {
      const check = n % 3 === 0 ? 'parts-and-totals' : 'implied-growth';
      report.carry(JSON.stringify({ period, finding: { check, outcome: n % 4 === 1 ? 'warn' : 'fail', message: text(150), evidence: { n }, rows: [rowEntry(`f${++id}`, n % 2 === 0)] } }));
    }
    if (period.endsWith('-06')) report.carry(JSON.stringify({ period, decided: { dataset: TABLES, observation_id: `d${id}`, revision: 1, decision: 'accept', reason: 'checked', by: 'ops', at: '2023-06-01T00:00:00Z' }, row: `${TABLES}/d${id}` }));
    report.add({ period, counts: { rows_checked: 50, without_partner: 1, pass: 30, warn: 8, fail: 12 } });
  }
  return report;
}

/** The record of a report, as written to the bucket and read back. */
async function recordOf(report: QualityReport): Promise<{ bytes: Buffer; parts: () => Promise<AsyncIterable<RecordPart>> }> {
  const bytes = Buffer.concat([...gateLogChunks(BASIS, report)]);
  const blobs = new MemoryBlobStore();
  await blobs.put(gateLogKey(TABLES, 1), bytes, { contentType: 'application/x-ndjson' });
  return { bytes, parts: async () => (await readGateLog(blobs, TABLES, 1))!.parts };
}

/** Each of the report's record members' lines, by list. */
const listedLines = (report: QualityReport) => [...report.recordMembers()].map((m) => `${m.list}\n${gunzipSync(m.bytes).toString('utf8')}`).join('');

describe('adopting a record\'s members', () => {
  it('gives the report that carrying every line gives, taking whole the members before the cut', async () => {
    const record = await recordOf(largeReport());
    // Any gzip reader reads the record as one stream: the header line, the counts, then every entry.
    const lines = gunzipSync(record.bytes).toString('utf8').split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ format: 2, seq: 3, held_index: true });
    expect(lines.filter((l) => l.includes('"finding":')).length).toBe(60 * 40);
    const table = [];
    for await (const part of await record.parts()) if (part.member) table.push(part.member);
    const failed = table.filter((m) => m.list === 'failed:implied-growth');
    expect(failed.length).toBeGreaterThan(3);
    // The cut at the latest period of a failure member: that member has a line of the cut's period, so it is read line by line.
    expect(table.filter((m) => m.list === 'held-index').length).toBeGreaterThan(3);
    // With the held rows' index (as the record says), or without (a record written before it: the held lines are read).
    for (const [cut, indexed] of [failed[1].last, '2022-07', '2019-01', '9999-12'].flatMap((cut) => [[cut, true], [cut, false]] as const)) {
      const adopted = new QualityReport(TABLES, DEFAULT_QUALITY_CONFIG, true);
      const read: Uint8Array[] = [];
      const noted = async function* () {
        for await (const part of await record.parts()) yield (part.member && read.push(part.member.bytes), part);
      };
      await carryRecord(noted(), { cut, blameFrom: cut }, adopted, indexed);
      const byLine = new QualityReport(TABLES, DEFAULT_QUALITY_CONFIG, true);
      for (const line of lines.slice(1)) if (line !== '' && line.slice(11, 18) < cut) byLine.carry(line);
      expect(shown(adopted), cut).toEqual(shown(byLine));
      expect(listedLines(adopted), cut).toBe(listedLines(byLine));
      expect([...adopted.counts], cut).toEqual([...byLine.counts]);
      for (const name of ['held', ...adopted.failureLists()]) expect([...adopted.listLines(name, 7)], cut).toEqual([...byLine.listLines(name, 7)]);
      // Not vacuous: the members wholly before the cut are the very buffers read from the record (not gzipped again), of every list but the decisions.
      const kept = [...adopted.recordMembers()].filter((m) => read.includes(m.bytes));
      expect(kept.map((m) => m.list), cut).toEqual(table.filter((t) => t.last < cut && t.list !== 'decided' && (indexed || t.list !== 'held-index')).map((t) => t.list));
      if (cut === '2022-07') expect(new Set(kept.map((m) => m.list.split(':')[0]))).toEqual(new Set(['held', 'failed', 'warned', ...(indexed ? ['held-index'] : [])]));
    }
  });

  it('is not taken from a record whose members are not those its header lists', async () => {
    const record = await recordOf(largeReport());
    // A byte of the first failure member changed: it is adopted unread, so only the digest of the members can tell.
    const table = [];
    for await (const part of await record.parts()) if (part.member) table.push(part.member);
    const first = table.findIndex((m) => m.list.startsWith('failed:'));
    const broken = Buffer.from(record.bytes);
    broken[record.bytes.readUInt32LE(16) + table.slice(0, first).reduce((sum, m) => sum + m.bytes.byteLength, 0) + 40] ^= 0xff;
    const blobs = new MemoryBlobStore();
    await blobs.put(gateLogKey(TABLES, 1), broken, { contentType: 'application/x-ndjson' });
    const log = (await readGateLog(blobs, TABLES, 1))!;
    await expect(carryRecord(log.parts, { cut: '2021-01', blameFrom: '2021-01' }, new QualityReport(TABLES, DEFAULT_QUALITY_CONFIG, true))).rejects.toThrow(/not those its header lists/);
    // Cut short: it breaks off.
    await blobs.put(gateLogKey(TABLES, 1), record.bytes.subarray(0, record.bytes.length - 100), { contentType: 'application/x-ndjson' });
    const short = (await readGateLog(blobs, TABLES, 1))!;
    await expect(carryRecord(short.parts, { cut: '2021-01', blameFrom: '2021-01' }, new QualityReport(TABLES, DEFAULT_QUALITY_CONFIG, true))).rejects.toThrow(/breaks off/);
  });
});
