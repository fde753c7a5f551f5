/**
 * A version's quality report carries the previous version's record line by line (gate-log.ts):
 * most lines are read only at their start (a finding's check and outcome, a held row's id and
 * revision). Carried that way, a report is the one the same entries make when each is parsed.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY_CONFIG } from '../../functions/core/quality/config.js';
import { QualityReport, type ReportEntry } from '../../functions/core/quality/report.js';
import { row, TABLES } from '../support/trade-world.js';

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
