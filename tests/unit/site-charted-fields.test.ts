/**
 * A dataset page reads the members of observations.ndjson lines it charts without parsing the
 * rest of each line (series.ts, chartedFields): every member it reads must be what JSON.parse
 * makes of the line, whatever the texts hold (quotes, backslashes, a member's key written inside
 * a quote, control characters, text outside ASCII, emoji) and whatever the figure is (null,
 * negative zero, fractions, exponents), and a line the renderer did not write is parsed whole.
 */
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, type Observation } from '../../functions/core/contract.js';
import { jsonRecord } from '../../functions/core/publish/render.js';
import { chartedFields } from '../../functions/core/site/series.js';

const READ = ['area', 'partner', 'flow', 'commodity', 'breakdown', 'measure', 'period_start', 'period_end', 'value', 'unit'] as const;

const base: Observation = {
  observation_id: 'id-1', dataset: 'ds', area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
  period_start: '2024-01', period_end: '2024-01', value: 12.5, unit: 'USD', qualifier: 'exact', yoy_pct: null, status: 'preliminary',
  release_id: 'rel', source_url: 'https://example.test/', source_quote: 'Exports were 12.5.', published: '2024-02-07', revision: 1,
  period_type: 'month', partner_code: 'WLD', area_code: 'CN', is_total: true,
};

/** The members read, from JSON.parse of the line and from chartedFields. */
function both(line: string) {
  const parsed = JSON.parse(line) as Record<string, unknown>;
  const read = chartedFields(line) as unknown as Record<string, unknown>;
  return [READ.map((f) => parsed[f]), READ.map((f) => read[f])];
}

describe('the members of a line a page reads', () => {
  const texts = ['', 'plain', 'a "quoted" word', 'back\\slash', 'tab\there', 'line\nbreak', '\u0000nul', 'Zürich · 中国', 'emoji 🚢', 'lone \ud800 surrogate', ',"area":"Mars"', '"}', '\\"', 'ends with a backslash\\'];
  const figures = [0, -0, 1, -1, 12.5, 1e21, 1.5e-7, 123456789.125, Number.MAX_VALUE, Number.MIN_VALUE, null];

  it('are what JSON.parse reads, for every text in every member read and around them', () => {
    // A line as the renderer writes it is not parsed: only the members read come back.
    expect(Object.keys(chartedFields(jsonRecord(base)))).toEqual([...READ]);
    for (const text of texts) {
      for (const column of [...READ.filter((f) => f !== 'value'), 'observation_id', 'source_quote', 'release_id'] as const) {
        const [parsed, read] = both(jsonRecord({ ...base, [column]: text }));
        expect(read).toEqual(parsed);
      }
    }
  });

  it('are what JSON.parse reads, for every figure (negative zero kept)', () => {
    for (const value of figures) {
      const [parsed, read] = both(jsonRecord({ ...base, value, yoy_pct: value }));
      expect(read).toEqual(parsed);
      expect(Object.is(read[READ.indexOf('value')], parsed[READ.indexOf('value')])).toBe(true);
    }
  });

  it('are read from a line in another order, or with members of another kind, by parsing it whole', () => {
    const reordered = JSON.stringify(Object.fromEntries([...OBSERVATION_COLUMNS].reverse().map((c) => [c, base[c]])));
    const odd = jsonRecord(base).replace('"value":12.5', '"value":true').replace('"unit":"USD"', '"unit":null');
    for (const line of [reordered, odd, JSON.stringify({ area: 'x' })]) {
      const [parsed, read] = both(line);
      expect(read).toEqual(parsed);
    }
  });
});
