/**
 * The catalog site's pure parts: escaping of release text in pages and inert JSON blocks, the
 * headline series, the public allow-list (compliant and non-compliant keys), cache rules, and the
 * site written by publish on in-memory ports (hashed assets, pages, query-layout Parquet copy).
 */
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, type Observation } from '../../functions/core/contract.js';
import { ManualClock, MemoryBlobStore, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { publishDataset } from '../../functions/core/publish/publish-dataset.js';
import { queryParquetKey } from '../../functions/core/publish/query-layout.js';
import { jsonScript, text } from '../../functions/core/site/html.js';
import { cacheControlFor, isPublicKey } from '../../functions/core/site/public-paths.js';
import { datasetPageKey, SITE_INDEX_KEY } from '../../functions/core/site/publish-site.js';
import { CollectedPoints, SeriesCollector } from '../../functions/core/site/series.js';

const HOSTILE = '</script><img src=x onerror=alert(1)> & "quoted" \'single\'';
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

function row(id: string, over: Partial<Observation> = {}): Observation {
  const base: Observation = {
    observation_id: id, dataset: 'site-test', area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: '2025-10', period_end: '2025-10', value: 100, unit: 'USD', qualifier: 'exact', yoy_pct: null, status: 'preliminary',
    release_id: 'rel-a', source_url: 'https://example.test/a', source_quote: 'q', published: '2025-11-07', revision: 1,
    period_type: 'month', partner_code: 'WLD', area_code: 'CN', is_total: true,
  };
  const merged = { ...base, ...over };
  return Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, merged[c]])) as Observation;
}

describe('escaping', () => {
  it('text() leaves no markup-significant character in element content or attributes', () => {
    expect(text(HOSTILE)).toBe('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;');
  });

  it('a JSON block cannot be closed by the data inside it, and parses back to the same value', () => {
    const block = jsonScript('data', [{ label: HOSTILE, line: 'a\u2028b' }]);
    const inner = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
    expect(inner).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(inner)).toEqual([{ label: HOSTILE, line: 'a\u2028b' }]);
  });
});

describe('headline series', () => {
  it('charts monthly values by flow, headline first, with a gap where a flow has no figure', () => {
    const collector = new SeriesCollector();
    collector.add(row('a', { period_start: '2025-09', period_end: '2025-09', value: 90 }));
    collector.add(row('b', { value: 100 }));
    collector.add(row('c', { flow: 'import', value: 80 }));
    collector.add(row('d', { breakdown: 'customs regime: Ordinary Trade', value: 60 }));
    collector.add(row('e', { period_start: '2025-01', period_end: '2025-10', value: 999 })); // cumulative: not a month
    collector.add(row('f', { measure: 'growth', value: null, yoy_pct: 3 }));
    const [headline, regime, ...rest] = collector.result();
    expect(rest).toEqual([]);
    expect(headline).toMatchObject({ label: 'China · all goods · USD', periods: ['2025-09', '2025-10'], flows: { export: [90, 100], import: [null, 80] } });
    expect(regime).toMatchObject({ breakdown: 'customs regime: Ordinary Trade', periods: ['2025-10'], flows: { export: [60] } });
    expect(collector.result(1)).toHaveLength(1);
  });
});

describe('collected points', () => {
  it('keep the last value of each period and flow and count distinct periods, in publish order or not', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), Math.floor((seed / 2 ** 32) * n));
    for (const ordered of [true, false]) {
      const points = Array.from({ length: 400 }, () => ({ period: `2025-${String(next(12) + 1).padStart(2, '0')}`, flow: ['export', 'import', 'total'][next(3)], value: next(1000) }));
      if (ordered) points.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      const collected = new CollectedPoints();
      const expected = new Map<string, Map<string, number>>();
      for (const { period, flow, value } of points) {
        collected.set(period, flow, value);
        if (!expected.has(period)) expected.set(period, new Map());
        expected.get(period)!.set(flow, value);
      }
      const asObject = (m: Map<string, Map<string, number>>) => Object.fromEntries([...m].map(([p, f]) => [p, Object.fromEntries([...f].sort())]).sort());
      expect(asObject(collected.toMap()), ordered ? 'in order' : 'shuffled').toEqual(asObject(expected));
      expect(collected.months).toBe(expected.size);
      expect(expected.size).toBe(12);
      expect(collected.periods.length).toBe([...expected.values()].reduce((n, f) => n + f.size, 0));
    }
  });
});

describe('public allow-list', () => {
  it('publishes the site, catalog, feeds and datasets', () => {
    for (const key of ['index.html', 'catalog.json', 'feed.atom', 'site/assets/app.abc.js', 'datasets/x/v1/observations.csv', 'datasets/x/latest.json']) expect(isPublicKey(key), key).toBe(true);
  });

  it('refuses raw releases, configuration, the query layout and path tricks', () => {
    for (const key of ['raw/s/2025/11/r/abc.html', 'config/sources.json', queryParquetKey('x', 1), 'datasets/../raw/x', '/catalog.json', 'site/', 'datasets/', 'index.htm', 'catalog.json.bak']) expect(isPublicKey(key), key).toBe(false);
  });

  it('caches version files and hashed assets for a year, everything that moves for a minute', () => {
    expect(cacheControlFor('datasets/x/v12/observations.csv')).toContain('immutable');
    expect(cacheControlFor('site/assets/app.abc.js')).toContain('immutable');
    for (const key of ['datasets/x/latest/observations.csv', 'datasets/x/latest.json', 'catalog.json', 'feed.atom', 'index.html', 'datasets/x/index.html']) expect(cacheControlFor(key)).toBe('public, max-age=60');
  });
});

describe('site written by publish', () => {
  it('writes hashed assets, the dataset page and the index after a version, with release text escaped', async () => {
    const blobs = new MemoryBlobStore();
    const datasets = new MemoryDatasetStateStore();
    const observations = new MemoryObservationStore(datasets);
    await observations.upsert(row('a', { breakdown: `customs regime: ${HOSTILE}` }));
    await observations.upsert(row('b', { flow: 'import', value: 80 }));
    const outcome = await publishDataset('site-test', {
      observations, datasets, blobs, notifier: new MemoryNotifier(), clock: new ManualClock(new Date('2025-11-10T08:00:00Z')), logger: { info() {}, warn() {}, error() {} }, owner: 'o',
      describeDataset: () => ({ title: `Title ${HOSTILE}` }),
      site: { assets: [{ name: 'app.js', kind: 'script', body: new TextEncoder().encode('void 0;') }, { name: 'style.css', kind: 'style', body: new TextEncoder().encode('body{}') }] },
    });
    expect(outcome.status).toBe('published');
    const keys = [...blobs.objects.keys()];
    const script = keys.find((k) => /^site\/assets\/app\.[0-9a-f]{12}\.js$/.test(k));
    expect(script).toBeDefined();
    expect(keys).toContain(queryParquetKey('site-test', 1));
    expect(blobs.objects.get(queryParquetKey('site-test', 1))!.body).toEqual(blobs.objects.get('datasets/site-test/v1/observations.parquet')!.body);
    const page = decode(blobs.objects.get(datasetPageKey('site-test'))!.body);
    const index = decode(blobs.objects.get(SITE_INDEX_KEY)!.body);
    expect(page).toContain(`<script src="../../${script}" defer></script>`);
    expect(index).toContain(`<script src="${script}" defer></script>`);
    expect(index).toContain('href="datasets/site-test/index.html"');
    for (const html of [page, index]) {
      expect(html).not.toContain('<img');
      expect(html).not.toContain(HOSTILE);
      expect(html.match(/<script/g)?.length).toBe(html === page ? 2 : 1); // our script, plus the page's inert JSON block
    }
    expect(page).toContain('Title &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('href="v1/observations.csv"');
  });
});
