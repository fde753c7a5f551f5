/** The `customs-publisher extract` command as users run it: a real process, stdout and stderr apart. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Observation } from '../../functions/core/contract.js';

const bin = fileURLToPath(new URL('../../bin/customs-publisher.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cp-cli-'));
const release = join(dir, 'release.txt');
writeFileSync(
  release,
  'URUMQI, Oct. 25 -- In the first three quarters of this year, Xinjiang\'s imports and exports rose 22.1 percent year-on-year to 393.14 billion yuan (about 55.4 billion US dollars), according to the regional customs.\n',
);
const table = join(dir, 'table.html');
writeFileSync(
  table,
  `<table>
<tr><td colspan="5">(5) Imports and Exports by Customs Regime, 3.2025</td></tr>
<tr><td colspan="5">Unit: US$1,000</td></tr>
<tr><td rowspan="2">Customs Regime</td><td colspan="2">Exports</td><td colspan="2">Imports</td></tr>
<tr><td>3</td><td>1 to 3</td><td>3</td><td>1 to 3</td></tr>
<tr><td>TOTAL</td><td>300</td><td>800</td><td>200</td><td>500</td></tr>
<tr><td></td><td>1.5</td><td>2.0</td><td>-</td><td>-4.2</td></tr>
<tr><td>Ordinary Trade</td><td>200</td><td>500</td><td>150</td><td>350</td></tr>
<tr><td></td><td>3.1</td><td>2.2</td><td>0.4</td><td>-1.0</td></tr>
<tr><td>Other</td><td>100</td><td>300</td><td>50</td><td>150</td></tr>
<tr><td></td><td>-1.0</td><td>1.7</td><td>-0.4</td><td>-9.9</td></tr>
</table>`,
);

function cli(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('customs-publisher extract', () => {
  it('prints only contract rows as JSON on stdout for a press release', () => {
    const run = cli('extract', release, '--published', '2025-10-25', '--kind', 'press-release');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as unknown[];
    for (const row of rows) Observation.parse(row);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ area: 'Xinjiang', value: 393.14e9, unit: 'CNY', yoy_pct: 22.1, period_start: '2025-01', period_end: '2025-09' }),
        expect.objectContaining({ value: 55.4e9, unit: 'USD', qualifier: 'about', yoy_pct: 22.1 }),
      ]),
    );
    expect(run.stderr).toMatch(/row\(s\) from/);
  });

  it('reads a statistical table with --kind auto and prints CSV with the contract header', () => {
    const run = cli('extract', table, '--kind', 'auto', '--format', 'csv', '--published', '2025-04-20');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('observation_id,dataset,area,partner,flow,commodity,breakdown,measure,period_start,period_end,value,unit,qualifier,yoy_pct,status,release_id,source_url,source_quote,published,revision,period_type,partner_code,area_code,is_total');
    expect(lines).toHaveLength(1 + 12);
    expect(lines.some((l) => l.includes(',export,all goods,customs regime: Ordinary Trade,value,2025-01,2025-03,500000,USD,exact,2.2,'))).toBe(true);
    expect(run.stderr).toMatch(/detected kind statistical-table/);
  });

  it('rejects a table without a unit unless a default unit is given', () => {
    const noUnit = join(dir, 'no-unit.html');
    writeFileSync(noUnit, readFileSync(table, 'utf8').replace('<tr><td colspan="5">Unit: US$1,000</td></tr>', ''));
    const rejected = cli('extract', noUnit, '--kind', 'statistical-table', '--published', '2025-04-20');
    expect(rejected.status).toBe(1);
    expect(rejected.stdout).toBe('');
    expect(rejected.stderr).toMatch(/rejected: .*unit/i);
    const accepted = cli('extract', noUnit, '--kind', 'statistical-table', '--published', '2025-04-20', '--default-unit', 'US$1,000');
    expect(accepted.status).toBe(0);
    expect(JSON.parse(accepted.stdout)).toHaveLength(12);
  });

  it('fails clearly on a file it cannot read', () => {
    const run = cli('extract', join(dir, 'missing.txt'), '--published', '2025-01-01');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cannot read .*missing\.txt: ENOENT/);
  });

  it('explains usage errors with exit status 2', () => {
    expect(cli('extract', release, '--format', 'xml', '--published', '2025-10-25').status).toBe(2);
    expect(cli('extract', release, '--published', '25 Oct 2025').status).toBe(2);
  });

  it('reads a press release without --published: the dateline dates it, else relative periods stay open', () => {
    const dated = join(dir, 'dated.txt');
    writeFileSync(dated, 'HARBIN, Jan. 14 (Xinhua) -- Heilongjiang\'s foreign trade reached 250 billion yuan in 2024, up 3 percent year on year, and exports in December alone rose 5 percent.\n');
    const run = cli('extract', dated, '--kind', 'press-release');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/read 2025-01-14 from the wire dateline/);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ value: 250e9, period_start: '2024-01', period_end: '2024-12', published: '2025-01-14' })]));
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ yoy_pct: 5, period_start: '2024-12', period_end: '2024-12' })]));

    const undated = cli('extract', release, '--kind', 'press-release');
    expect(undated.status).toBe(0);
    expect(undated.stderr).toMatch(/no publication date given or found/);
    const open = JSON.parse(undated.stdout) as Array<Record<string, unknown>>;
    expect(open).toEqual(expect.arrayContaining([expect.objectContaining({ value: 393.14e9, period_start: '', period_end: '' })]));
  });
});
