/** The code lists and harmonization: spellings → one label and code, derived columns, one id per series. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { AREAS } from '../../functions/core/codes/areas.js';
import { codeList, spellingKey } from '../../functions/core/codes/code-list.js';
import { ENTERPRISE_TYPES_LIST } from '../../functions/core/codes/enterprise-types.js';
import { derivedColumns, harmonizeBreakdown, harmonizeDraft, isTotal, periodType } from '../../functions/core/codes/harmonize.js';
import { PARTNERS } from '../../functions/core/codes/partners.js';
import { REGIMES_LIST } from '../../functions/core/codes/regimes.js';
import { extractRelease } from '../../functions/core/extract/index.js';
import { observationFromDraft } from '../../functions/core/normalize/revisions.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/harmonize/${name}`, import.meta.url), 'utf8');

/** Every row a table fixture yields, as public rows of one dataset. */
function tableRows(name: string, releaseId: string) {
  const outcome = extractRelease(fixture(name), { dataset: 'gacc-trade', release_id: releaseId, source_url: `http://example.test/${name}`, published: '2024-06-20' }, { kind: 'statistical-table', contentType: 'text/plain' });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows.map((draft) => observationFromDraft(draft, 1));
}

function draft(over: Partial<ObservationDraft>): ObservationDraft {
  return {
    dataset: 'gacc-trade', area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value', period_start: '2024-05', period_end: '2024-05',
    value: 1, unit: 'USD', qualifier: 'exact', yoy_pct: null, release_id: 'r1', source_url: 'http://example.test', source_quote: 'q', published: '2024-06-20', quote_start: null, quote_end: null, ...over,
  };
}

describe('code lists', () => {
  it('partners: countries have ISO alpha-3 codes, groups never three letters, and GACC spellings find one entry', () => {
    for (const p of PARTNERS.entries) {
      if (p.kind === 'country') expect(p.code).toMatch(/^[A-Z]{3}$/);
      else if (p.kind === 'group') expect(p.code).toMatch(/^[A-Z0-9-]{4,}$|^[A-Z]{2,}[0-9]+$/);
    }
    expect(PARTNERS.find('Hong Kong,China')).toMatchObject({ code: 'HKG', label: 'Hong Kong' });
    expect(PARTNERS.find('Korea, Rep.')).toMatchObject({ code: 'KOR', label: 'South Korea' });
    expect(PARTNERS.find('Viet Nam')).toMatchObject({ code: 'VNM', label: 'Vietnam' });
    expect(PARTNERS.find('Russian Federation')?.code).toBe('RUS');
    expect(PARTNERS.find('Phillipines')?.code).toBe('PHL');
    expect(PARTNERS.find('EU')).toMatchObject({ code: 'EU27', kind: 'group' });
    expect(PARTNERS.find('Belt and Road')?.code).toBe('BELT-AND-ROAD');
    expect(PARTNERS.find('the five Central Asian countries')?.code).toBe('CENTRAL-ASIA');
    expect(PARTNERS.find('World')).toMatchObject({ code: 'WLD', kind: 'world' });
  });

  it('partners: a name no entry lists gets no code (never guessed), and ambiguous short names are not listed', () => {
    expect(PARTNERS.find('Atlantis')).toBeUndefined();
    expect(PARTNERS.find('Korea')).toBeUndefined();
    expect(PARTNERS.find('Congo')).toBeUndefined();
    expect(PARTNERS.find('')).toBeUndefined();
  });

  it('areas: ISO 3166-2 for provinces, project codes for ports under their province, UN/LOCODE only where set', () => {
    expect(AREAS.find('Xinjiang Uygur Autonomous Region')).toMatchObject({ code: 'CN-XJ', kind: 'province', parent: 'CN' });
    expect(AREAS.find('Tibet')).toMatchObject({ code: 'CN-XZ', label: 'Xizang' });
    expect(AREAS.find('Horgos Port')).toMatchObject({ code: 'CN-XJ-HORGOS', kind: 'port', parent: 'CN-XJ' });
    expect(AREAS.find('Kazakhstan')).toMatchObject({ code: 'KZ', parent: '' });
    expect(AREAS.find('Shenzhen')?.unlocode).toBe('CNSZX');
    expect(AREAS.find('Erenhot Port')?.unlocode).toBe('');
    for (const a of AREAS.entries) {
      expect(a.code).toMatch(/^[A-Z]{2}(-[A-Z0-9]+)*$/);
      if (a.parent) expect(AREAS.find(a.parent)?.code, `${a.code} has a parent in the list`).toBe(a.parent);
    }
  });

  it('customs regimes: the trade-mode table and the customs-regime table name one regime with one label', () => {
    const pairs: Array<[string, string]> = [
      ['Processing and Assembling Trade with Foreign-Supplied Materials', 'Processing and Assembling'],
      ['Processing and Assembling Trade with Imported Materials', 'Processing and Assembling'],
      ['Processing Trade with Imported Materials', 'Processing with Imported Materials'],
      ['Process with Imported Materials', 'Processing with Imported Materials'],
      ['Frontier  Petty Trade', 'Border Trade'],
      ['Leasing Trade', 'Goods on Lease'],
      ['Logistics Goods by C ustoms Special Control Area', 'Logistics Goods by Customs Special Control Area'],
      ['Equipment or Materia Imported as Investment by Foreign-Invested Enterprises', 'Equipment or Materials Imported as Investment by Foreign-Invested Enterprises'],
      ['general trade', 'Ordinary Trade'],
    ];
    for (const [spelling, label] of pairs) expect(REGIMES_LIST.find(spelling)?.label, spelling).toBe(label);
    expect(REGIMES_LIST.find('Ordinary Trade')?.gacc_code).toBe('0110');
    expect(REGIMES_LIST.find('Processing and Assembling')?.gacc_code).toBe('0214');
    expect(ENTERPRISE_TYPES_LIST.find('private enterprises')).toMatchObject({ code: 'POE', label: 'Private' });
  });

  it('a code list refuses one spelling for two entries, and compares spellings by letters and digits only', () => {
    expect(() => codeList('bad', [{ code: 'A', label: 'Alpha', names: ['x'] }, { code: 'B', label: 'Beta', names: ['X.'] }])).toThrow(/"X\." names both A and B/);
    expect(spellingKey('The  Hong Kong,China ')).toBe('hongkongchina');
  });
});

describe('harmonization', () => {
  it('breakdowns: kinds and labels from the lists, the regime total dropped, unknown labels kept as written', () => {
    expect(harmonizeBreakdown('trade mode: general trade')).toBe('customs regime: Ordinary Trade');
    expect(harmonizeBreakdown('enterprise type: private; customs regime: Leasing Trade')).toBe('enterprise type: Private; customs regime: Goods on Lease');
    expect(harmonizeBreakdown('customs regime: TOTAL')).toBe('');
    expect(harmonizeBreakdown('customs regime: Some New Regime')).toBe('customs regime: Some New Regime');
    expect(harmonizeBreakdown('export type: re-exports')).toBe('export type: re-exports');
  });

  it('is idempotent, so harmonizing twice never moves an id', () => {
    const once = harmonizeDraft(draft({ partner: 'Korea, Rep.', area: 'Tibet', breakdown: 'trade mode: Frontier Petty Trade' }));
    expect(once).toMatchObject({ partner: 'South Korea', area: 'Xizang', breakdown: 'customs regime: Border Trade' });
    expect(harmonizeDraft(once)).toEqual(once);
  });

  it('period_type from the period bounds', () => {
    const cases: Array<[string, string, string]> = [
      ['2024-05', '2024-05', 'month'], ['2024-01', '2024-05', 'year_to_date'], ['2024-01', '2024-03', 'year_to_date'], ['2024-01', '2024-12', 'year'],
      ['2024-04', '2024-06', 'quarter'], ['2024-07', '2024-12', 'half_year'], ['2013-01', '2024-10', 'to_date'], ['2024-02', '2024-05', 'other'],
      ['2023-11', '2024-10', 'other'], ['', '', 'other'], ['2024-06', '2024-05', 'other'],
    ];
    for (const [start, end, type] of cases) expect(periodType(start, end), `${start}..${end}`).toBe(type);
  });

  it('is_total: world or group partner, all goods, no breakdown', () => {
    expect(isTotal(draft({}))).toBe(true);
    expect(isTotal(draft({ partner: 'ASEAN' }))).toBe(true);
    expect(isTotal(draft({ partner: 'Japan' }))).toBe(false);
    expect(isTotal(draft({ commodity: 'Crude oil' }))).toBe(false);
    expect(isTotal(draft({ breakdown: 'customs regime: Ordinary Trade' }))).toBe(false);
    expect(derivedColumns(harmonizeDraft(draft({ partner: 'Atlantis', area: 'Nowhere' })))).toEqual({ period_type: 'month', partner_code: '', area_code: '', is_total: false });
  });

  it('the same series from the trade-mode table (2) and the customs-regime table (5) has one observation_id', () => {
    const tradeMode = tableRows('trade-mode-2024-05.txt', 'gacc-trade-aaaaaaaaaaaaaaaa');
    const regime = tableRows('customs-regime-2024-05.txt', 'gacc-trade-bbbbbbbbbbbbbbbb');
    const byId = new Map(regime.map((r) => [r.observation_id, r]));
    const assembling = tradeMode.find((r) => r.flow === 'export' && r.source_quote.startsWith('Processing and Assembling Trade with Foreign-Supplied'));
    expect(assembling).toMatchObject({ breakdown: 'customs regime: Processing and Assembling', value: 7_000_000_000, unit: 'USD', period_type: 'month' });
    expect(byId.get(assembling!.observation_id)).toMatchObject({ breakdown: 'customs regime: Processing and Assembling', value: 7_000_000_000 });
    // Every export and import row of the trade-mode table is a series the regime table also has.
    const shared = tradeMode.filter((r) => r.flow !== 'total');
    expect(shared.length).toBe(14);
    for (const row of shared) expect(byId.get(row.observation_id)?.breakdown, row.source_quote).toBe(row.breakdown);
  });

  it('a partner spelled by a table and by a press release is one series', () => {
    const table = observationFromDraft(draft({ partner: 'Korea, Rep.' }), 1);
    const press = observationFromDraft(draft({ partner: 'South Korea', release_id: 'r2' }), 1);
    expect(table.observation_id).toBe(press.observation_id);
    expect(table).toMatchObject({ partner: 'South Korea', partner_code: 'KOR', area_code: 'CN', is_total: false });
  });
});
