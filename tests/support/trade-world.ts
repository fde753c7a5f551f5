/**
 * A generated world for quality-gate tests: five years of trade tables (months and year-to-date,
 * yuan and dollars, customs regimes, a partner and a commodity, growth rates that agree with
 * last year's figures) and a news dataset stating some national totals, with injected errors of
 * the kinds extraction makes and a few large revisions.
 */
import type { Observation } from '../../functions/core/contract.js';
import { observationId } from '../../functions/core/identity.js';
import { isCopiedRange, type BlobStore, type CopiedRange } from '../../functions/core/ports.js';
import { copiedBytes } from '../../functions/core/publish/composed-file.js';
import { MemoryDatasetStateStore, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { shiftMonth } from '../../functions/core/quality/rows.js';

export const TABLES = 'trade-tables';
export const NEWS = 'trade-news';

/** A seeded generator (mulberry32), so each seed is one reproducible world. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Series = Pick<Observation, 'partner' | 'commodity' | 'breakdown'>;
const SERIES: Series[] = [
  { partner: 'World', commodity: 'all goods', breakdown: '' },
  { partner: 'World', commodity: 'all goods', breakdown: 'customs regime: General Trade' },
  { partner: 'World', commodity: 'all goods', breakdown: 'customs regime: Processing Trade' },
  { partner: 'Japan', commodity: 'all goods', breakdown: '' },
  { partner: 'World', commodity: 'Mechanical and electrical products', breakdown: '' },
];
export const MONTHS = Array.from({ length: 60 }, (_, i) => shiftMonth('2019-01', i));

export function row(fields: Partial<Observation> & Pick<Observation, 'dataset' | 'flow' | 'unit' | 'period_start' | 'period_end' | 'value'>): Observation {
  const draft = {
    area: 'China', partner: 'World', commodity: 'all goods', breakdown: '', measure: 'value' as const, qualifier: 'exact' as const, yoy_pct: null,
    status: 'preliminary' as const, release_id: `${fields.dataset}-${fields.period_end}`, source_url: `https://customs.example.test/${fields.dataset}/${fields.period_end}`,
    source_quote: `${fields.flow} | ${fields.period_start}..${fields.period_end}`, published: `${shiftMonth(fields.period_end, 1)}-20`, revision: 1,
    period_type: fields.period_start === fields.period_end ? ('month' as const) : ('year_to_date' as const), partner_code: '', area_code: '', is_total: false, ...fields,
  };
  return { ...draft, observation_id: observationId(draft) };
}

/** Each series' share of the world's trade in all goods (the regimes split it month by month). */
const SHARES = [1, 0, 0, 0.1, 0.45];

/** Month figures (in dollars, to the thousand) of every series and flow: regimes add up to the whole, parts stay below it. */
function monthFigures(rand: () => number): Map<string, number> {
  const figures = new Map<string, number>();
  for (const flow of ['export', 'import'] as const) {
    for (const [m, month] of MONTHS.entries()) {
      const world = Math.round((3e11 * (flow === 'export' ? 1.2 : 1) * 1.04 ** (m / 12) * (0.9 + 0.2 * rand())) / 1000) * 1000;
      for (const [s, share] of SHARES.entries()) if (share > 0) figures.set(`${s}|${flow}|${month}`, s === 0 ? world : Math.round((world * share * (0.9 + 0.2 * rand())) / 1000) * 1000);
      const general = Math.round((world * (0.55 + 0.1 * rand())) / 1000) * 1000;
      figures.set(`1|${flow}|${month}`, general);
      figures.set(`2|${flow}|${month}`, world - general);
    }
  }
  return figures;
}

/** Yuan per dollar in a year (GACC states both; a fixed rate a year keeps the yuan months adding up). */
const rateOf = (period: string) => 6.5 + 0.15 * (Number(period.slice(0, 4)) - 2019);

/** The tables dataset (months and year-to-date, yuan and dollars, with growth rates) and a news dataset stating some national totals. */
export function world(seed: number): { tables: Observation[]; news: Observation[] } {
  const months = monthFigures(random(seed));
  const figure = (s: number, flow: string, start: string, end: string): number => {
    const sum = (f: string) => MONTHS.filter((m) => m >= start && m <= end).reduce((t, m) => t + (months.get(`${s}|${f}|${m}`) ?? 0), 0);
    return flow === 'total' ? sum('export') + sum('import') : flow === 'balance' ? sum('export') - sum('import') : sum(flow);
  };
  const tables: Observation[] = [];
  const news: Observation[] = [];
  for (const end of MONTHS) {
    for (const start of end.endsWith('-01') ? [end] : [end, `${end.slice(0, 4)}-01`]) {
      for (const [s, series] of SERIES.entries()) {
        for (const flow of ['export', 'import', 'total', 'balance'] as const) {
          for (const unit of ['USD', 'CNY'] as const) {
            const value = (from: string, to: string) => (unit === 'USD' ? figure(s, flow, from, to) : Math.round((figure(s, flow, from, to) * rateOf(to)) / 1000) * 1000);
            const now = value(start, end);
            const before = start >= '2020-01' ? value(shiftMonth(start, -12), shiftMonth(end, -12)) : 0;
            const yoy = before > 0 && flow !== 'balance' ? Math.round((now / before - 1) * 1000) / 10 : null;
            tables.push(row({ dataset: TABLES, ...series, flow, unit, period_start: start, period_end: end, value: now, yoy_pct: yoy }));
            if (s === 0 && start === end && flow !== 'balance' && unit === 'CNY') {
              news.push(row({ dataset: NEWS, flow, unit, period_start: start, period_end: end, value: Math.round(now / 1e8) * 1e8, yoy_pct: yoy === null ? null : Math.round(yoy), source_quote: `In ${end}, ${flow} came to about that many yuan.` }));
            }
          }
        }
      }
    }
  }
  return { tables, news };
}

/** Errors of the kinds extraction makes, at random rows: a scale slip, a lost sign, exports and imports swapped, a changed digit, a wrong growth rate. */
function injectErrors(rows: Observation[], rand: () => number): Observation[] {
  const out = [...rows];
  for (let n = 0; n < rows.length * 0.015; n++) {
    const i = Math.floor(rand() * rows.length);
    const r = out[i];
    if (r.value === null) continue;
    const kind = Math.floor(rand() * 5);
    if (kind === 0) out[i] = { ...r, value: r.value * 1000 };
    else if (kind === 1 && r.flow !== 'balance') out[i] = { ...r, value: -r.value };
    else if (kind === 2 && r.flow === 'export') {
      const j = out.findIndex((o) => o.flow === 'import' && o.unit === r.unit && o.partner === r.partner && o.commodity === r.commodity && o.breakdown === r.breakdown && o.period_start === r.period_start && o.period_end === r.period_end);
      if (j >= 0) [out[i], out[j]] = [{ ...r, value: out[j].value }, { ...out[j], value: r.value }];
    } else if (kind === 3) out[i] = { ...r, value: r.value + 7 * 10 ** Math.floor(Math.log10(Math.abs(r.value) || 1) - 1) };
    else if (r.yoy_pct !== null) out[i] = { ...r, yoy_pct: r.yoy_pct + 15 };
  }
  return out;
}

/**
 * A store holding the world up to `until` (every month by default), with some rows of the last
 * months revised (a few by far); `rest` holds the later months' rows, for a next release. With
 * `withNews` false, the tables dataset alone.
 */
export async function storeOf(seed: number, until = MONTHS.at(-1)!, { withNews = true }: { withNews?: boolean } = {}) {
  const rand = random(seed * 7919);
  const { tables, news: all } = world(seed);
  // Without the news dataset the tables are alone in the store: no partner dataset.
  const news = withNews ? all : [];
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const rest: Observation[] = [];
  for (const r of news) if (r.period_end <= until) await observations.upsert(r);
  for (const r of injectErrors(tables, rand)) {
    if (r.period_end > until) {
      rest.push(r);
      continue;
    }
    await observations.upsert(r);
    if (r.period_end >= shiftMonth(until, -5) && r.value !== null && rand() < 0.05) {
      await observations.upsert({ ...r, revision: 2, status: 'revised', release_id: `${TABLES}-revised`, published: `${shiftMonth(until, 1)}-20`, value: Math.round((r.value * (rand() < 0.3 ? 1.4 : 1.002)) / 1000) * 1000 });
    }
  }
  return { datasets, observations, rest };
}

/** A gate's quality.json (written as it is read) as one parsed document. */
export async function qualityJsonOf(gate: { file: { body: () => AsyncIterable<Uint8Array | CopiedRange> } }, blobs?: Pick<BlobStore, 'getRange'>): Promise<{ findings: any[]; [field: string]: any }> {
  return JSON.parse(await qualityTextOf(gate, blobs));
}

/** quality.json's text as the gate writes it; ranges it copies from the previous version's file are read from `blobs`. */
export async function qualityTextOf(gate: { file: { body: () => AsyncIterable<Uint8Array | CopiedRange> } }, blobs?: Pick<BlobStore, 'getRange'>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const item of gate.file.body()) {
    if (!isCopiedRange(item)) chunks.push(item);
    else if (!blobs) throw new Error('quality.json copies from an earlier version: give the blob store to read it');
    else for await (const chunk of copiedBytes(blobs, item)) chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
