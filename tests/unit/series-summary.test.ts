/**
 * A dataset page drawn from the previous version's series summary and the stripes that changed
 * (site/series-summary.ts) must be the page collecting every row draws, byte for byte: over
 * versions that add a month, revise and remove rows, add a series, revise an old month, and one
 * where a series the summary did not track rises into the chart (it then collects every row).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, SnapshotManifest, type Observation } from '../../functions/core/contract.js';
import { ManualClock, MemoryBlobStore, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { readManifest } from '../../functions/core/publish/documents.js';
import { publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { datasetPageKey, publishSite } from '../../functions/core/site/publish-site.js';
import { pageData, pieceOf, SeriesPieceSchema, SeriesSummarySchema, seriesSummaryKey, TRACKED_SERIES } from '../../functions/core/site/series-summary.js';
import { collectedMonth, MAX_SERIES, SeriesCollector } from '../../functions/core/site/series.js';
import { RenderedMonths } from '../../functions/core/site/rendered-months.js';
import { jsonRecord } from '../../functions/core/publish/render.js';

const DS = 'chart-summary';
const AREAS = 30;
const PARTNERS = 30;
const monthOf = (m: number) => `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const partnerOf = (p: number) => (p === 0 ? 'World' : `Partner ${String(p).padStart(2, '0')}`);

/** The figure of series (area a, partner p) in month m for one flow. */
function row(a: number, p: number, m: number, flow: 'export' | 'import', over: Partial<Observation> = {}): Observation {
  const period = monthOf(m);
  const value = 1000 + a * 37 + p * 11 + m;
  const base: Observation = {
    observation_id: createHash('sha1').update(`${a}/${p}/${m}/${flow}`).digest('hex').slice(0, 20), dataset: DS, area: `Area ${String(a).padStart(2, '0')}`, partner: partnerOf(p), flow,
    commodity: 'all goods', breakdown: '', measure: 'value', period_start: period, period_end: period, value, unit: 'CNY', qualifier: 'exact', yoy_pct: null, status: 'preliminary',
    release_id: `rel-${period}`, source_url: `https://example.test/${period}`, source_quote: `${period}: ${value} yuan.`, published: `${monthOf(m + 1)}-07`, revision: 1,
    period_type: 'month', partner_code: '', area_code: '', is_total: false,
  };
  const merged = { ...base, ...over };
  return Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, merged[c]])) as Observation;
}

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** A copy of a bucket (bodies are never changed in place, so they are shared). */
function cloneBucket(blobs: MemoryBlobStore): MemoryBlobStore {
  const copy = new MemoryBlobStore();
  for (const [key, blob] of blobs.objects) copy.objects.set(key, { ...blob });
  return copy;
}

describe('a dataset page from the previous version’s series summary', () => {
  const blobs = new MemoryBlobStore();
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const clock = new ManualClock(new Date('2025-01-10T08:00:00Z'));
  const deps: PublishDeps = { observations, datasets, blobs, notifier: new MemoryNotifier(), clock, logger: { info() {}, warn() {}, error() {} }, owner: 'run', leaseMs: 60_000 };

  /**
   * Publishes the next version and checks its page against one drawn with no summary to start
   * from (every row collected); returns how this version's series were found.
   */
  async function publishAndCompare(version: number) {
    clock.advance(86_400_000);
    // Which keys the publish reads: the new version's observations.ndjson only when its page reads months back.
    const read = new Set<string>();
    const [getRange, getStream] = [blobs.getRange.bind(blobs), blobs.getStream.bind(blobs)];
    blobs.getRange = (key, start, end) => (read.add(key), getRange(key, start, end));
    blobs.getStream = (key) => (read.add(key), getStream(key));
    try {
      expect(await publishDataset(DS, deps)).toMatchObject({ status: 'published', version });
    } finally {
      Object.assign(blobs, { getRange, getStream });
    }
    const manifest = (await readManifest(blobs, DS, version))!;
    const manifests = (v: number) => readManifest(blobs, DS, v);

    // From every row: the previous summary is gone, so nothing can be reused.
    const scratch = cloneBucket(blobs);
    scratch.objects.delete(seriesSummaryKey(DS, version - 1));
    scratch.objects.delete(datasetPageKey(DS));
    await publishSite(manifest, [manifest], { blobs: scratch });
    expect(decode(blobs.objects.get(datasetPageKey(DS))?.body)).toBe(decode(scratch.objects.get(datasetPageKey(DS))?.body));
    const collected = await pageData(cloneBucket(scratch), manifest, manifests);
    expect(collected.from).toBe('collected');

    // What the version's publish did: the same series and history; and the summary it wrote (from
    // the months its files rendered, when it composed them) is the one read back from both versions.
    const readBack = cloneBucket(blobs);
    const reused = await pageData(readBack, manifest, manifests);
    expect(reused.series).toEqual(collected.series);
    expect(reused.history.map((h) => h.version)).toEqual(Array.from({ length: version }, (_, i) => version - i));
    expect(decode(blobs.objects.get(seriesSummaryKey(DS, version))?.body)).toBe(decode(readBack.objects.get(seriesSummaryKey(DS, version))?.body));
    const monthsReadBack = read.has(`datasets/${DS}/v${version}/observations.ndjson`);
    return { from: reused.from, series: reused.series, manifest: SnapshotManifest.parse(manifest), monthsReadBack };
  }

  it('version 1: 900 series over six months, plus rows that are not monthly values', async () => {
    for (let m = 0; m < 6; m++) {
      for (let a = 0; a < AREAS; a++) for (let p = 0; p < PARTNERS; p++) await observations.upsert(row(a, p, m, (a + p) % 2 ? 'export' : 'import'));
      await observations.upsert(row(0, 0, m, 'export', { measure: 'share', value: 12.5, observation_id: `share-${m}` }));
    }
    await observations.upsert(row(1, 1, 5, 'export', { period_start: monthOf(0), observation_id: 'year-to-date' }));
    expect(await publishDataset(DS, deps)).toMatchObject({ status: 'published', version: 1 });
    const summary = JSON.parse(decode(blobs.objects.get(seriesSummaryKey(DS, 1))!.body));
    // Every series the published rows have (the quality gate may hold some back), more than the summary tracks.
    const published = decode(blobs.objects.get(`datasets/${DS}/v1/observations.ndjson`)!.body).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Observation);
    const distinct = new Set(published.filter((r) => r.measure === 'value' && r.period_start === r.period_end).map((r) => `${r.area}/${r.partner}`));
    expect(summary.series).toHaveLength(distinct.size);
    expect(distinct.size).toBeGreaterThan(TRACKED_SERIES);
    expect(summary.tracked).toHaveLength(TRACKED_SERIES);
  });

  it('version 2: a series the summary did not track rises into the chart, so every row is collected', async () => {
    // Every series has six months; a new month for a few of the first ones and for the very last
    // one (ranked after every tracked one) puts that one among the series charted first.
    for (let a = 0; a < 3; a++) for (let p = 1; p < 4; p++) await observations.upsert(row(a, p, 6, 'export'));
    await observations.upsert(row(AREAS - 1, PARTNERS - 1, 6, 'import'));
    const { from, series } = await publishAndCompare(2);
    expect(from).toBe('collected');
    expect(series.slice(0, AREAS + 10).map((s) => s.label)).toContain(`Area ${AREAS - 1} · with Partner ${PARTNERS - 1} · all goods · CNY`);
    expect(series).toHaveLength(MAX_SERIES);
  });

  it('version 3: a new month, revisions and a removal in the last month, a new series: updated from the stripes that changed', async () => {
    for (let a = 0; a < 4; a++) for (let p = 0; p < 5; p++) await observations.upsert(row(a, p, 7, 'import'));
    await observations.upsert(row(0, 2, 6, 'export', { value: 5, revision: 2, status: 'revised' }));
    // A second row of one point (the later one in publish order wins) and a second flow of it.
    await observations.upsert(row(0, 1, 6, 'export', { value: 4, observation_id: 'zz-same-point' }));
    await observations.upsert(row(0, 1, 6, 'import'));
    await observations.remove(DS, row(2, 3, 6, 'export').observation_id);
    await observations.upsert(row(99, 0, 7, 'export', { area: 'Area new' }));
    const { from, series, monthsReadBack } = await publishAndCompare(3);
    expect(from).toBe('updated');
    expect(monthsReadBack).toBe(false);
    expect(series.find((s) => s.area === 'Area new')).toMatchObject({ periods: [monthOf(7)] });
  });

  it('version 4: a revision of an old month, a point removed from it and a series gone: updated, the same page', async () => {
    for (let p = 0; p < PARTNERS; p++) await observations.upsert(row(5, p, 1, (5 + p) % 2 ? 'export' : 'import', { value: 1, revision: 2, status: 'revised' }));
    await observations.remove(DS, row(0, 1, 1, 'export').observation_id);
    await observations.remove(DS, row(99, 0, 7, 'export').observation_id);
    const { from, series, monthsReadBack } = await publishAndCompare(4);
    expect(from).toBe('updated');
    expect(monthsReadBack).toBe(false);
    expect(series.some((s) => s.area === 'Area new')).toBe(false);
  });
});

describe('the months a composed version rendered, as the page takes them from the files step', () => {
  it('reads each point as the JSON line reads back: -0 as 0, a non-finite figure and undefined as null', () => {
    const rows: Observation[] = [
      row(1, 1, 0, 'export', { value: -0 }),
      row(1, 2, 0, 'export', { value: Number.NaN }),
      row(1, 3, 0, 'import', { value: undefined as unknown as number }),
      row(1, 4, 0, 'import', { breakdown: undefined as unknown as string }),
      row(1, 1, 0, 'import', { value: 7.25 }),
    ];
    const months = new RenderedMonths(DS, 2);
    for (const r of rows) months.row(monthOf(0), r, r);
    months.stripeEnd(monthOf(0), true);
    const fromLines = new SeriesCollector();
    for (const r of rows) fromLines.add(JSON.parse(jsonRecord(r)) as Observation);
    const got = months.months(DS, 2, [monthOf(0)])!;
    for (const month of [got.before.get(monthOf(0))!, got.after.get(monthOf(0))!]) expect([...month.series()]).toEqual([...collectedMonth(fromLines, monthOf(0)).series()]);
    // The NaN and the undefined figure are no points; -0 is read back as 0.
    expect(fromLines.result().map((s) => s.flows)).toEqual([{ export: [0], import: [7.25] }, { import: [1081] }]);
  });

  it('keeps a month’s points as a collector of its rows does: a later row of a point replaces its value, flows stay in the order first seen', () => {
    const rows: Observation[] = [
      row(2, 1, 0, 'import'),
      row(2, 1, 0, 'export'),
      row(2, 2, 0, 'export'),
      row(2, 1, 0, 'import', { value: 5.5, observation_id: 'later-import' }),
      row(2, 2, 0, 'export', { value: 6.5, observation_id: 'later-export' }),
      row(2, 2, 0, 'import'),
    ];
    const months = new RenderedMonths(DS, 2);
    for (const r of rows) months.row(monthOf(0), r, undefined);
    months.stripeEnd(monthOf(0), true);
    const fromLines = new SeriesCollector();
    for (const r of rows) fromLines.add(r);
    const got = [...months.months(DS, 2, [monthOf(0)])!.after.get(monthOf(0))!.series()];
    expect(got).toEqual([...collectedMonth(fromLines, monthOf(0)).series()]);
    expect(got.map((s) => [...s.points])).toEqual([[['import', 5.5], ['export', 1000 + 2 * 37 + 11]], [['export', 6.5], ['import', 1000 + 2 * 37 + 22]]]);
  });

  it('tells nothing of a month it did not see, of another version, or of a stripe whose rows did not change', () => {
    const months = new RenderedMonths(DS, 2);
    months.row(monthOf(0), row(0, 0, 0, 'export'), undefined);
    months.stripeEnd(monthOf(0), true);
    months.row(monthOf(1), row(0, 0, 1, 'export'), undefined);
    months.stripeEnd(monthOf(1), false);
    expect(months.months(DS, 2, [monthOf(0)])).not.toBeNull();
    expect(months.months(DS, 3, [monthOf(0)])).toBeNull();
    expect(months.months(DS, 2, [monthOf(0), monthOf(1)])).toBeNull();
  });
});

describe('the series summary a version keeps for the next one', () => {
  const summary = (series: unknown, tracked: unknown, pieces: unknown = []) => ({ dataset: DS, version: 1, rules: 2, texts: ['a', 'b'], series, tracked, pieces, history: [] });
  const piece = (series: unknown, points: unknown) => ({ block: '2024', texts: ['a', 'b', '2024-01', 'export'], series, points });
  const ref = { block: '2024', key: 'datasets/x/_site/pieces/p.json', bytes: 10, sha256: 'a'.repeat(64) };
  // Pieces' series and points the schema refuses (a series not five numbers long, a negative, a point not four, a text, a fraction).
  const SCHEMA_REFUSED_PIECES: Array<[unknown[], unknown[]]> = [
      [[0, 1, 0, 1], []],
      [[0, 1, 0, 1, -1], []],
      [[0, 1, 0, 1, 0], [0, 2, 3]],
      [[0, 1, 0, 1, 0], [0, 2, 3, '12']],
      [[0, 1, 0, 1, 0], [0.5, 2, 3, 12]],
      [[0, 1, 0, 1, 0], [-1, 2, 3, 12]],
  ];

  it('accepts an index and pieces as the page writes them', () => {
    const good = summary([[0, 1, 0, 1, 0, 12], [1, 1, 0, 0, 0, 0]], [0, 1], [ref]);
    expect(SeriesSummarySchema.safeParse(good)).toMatchObject({ success: true, data: good });
    expect(SeriesSummarySchema.safeParse(summary([], [])).success).toBe(true);
    const points = piece([0, 1, 0, 1, 0], [0, 2, 3, 12.5, 0, 2, 1, -3]);
    expect(SeriesPieceSchema.safeParse(points)).toMatchObject({ success: true, data: points });
  });

  it('refuses series, tracked indexes, pieces and points the page never writes, so a damaged summary is not used', () => {
    for (const [series, tracked, pieces] of [
      [[[0, 1, 0, 1, 12]], [], []],
      [[[0, 1, 0, 1, 0, -1]], [], []],
      [[[0, 1, 0, 1, 0, 1.5]], [], []],
      [[[0, 1, 0, '1', 0, 2]], [], []],
      [{}, [], []],
      [[], [-1], []],
      [[], [1, 1], []],
      [[], [2, 1], []],
      [[], {}, []],
      [[], [], [{ ...ref, sha256: 'x' }]],
      [[], [], [{ ...ref, bytes: -1 }]],
      [[], [], [{ block: '2024' }]],
    ]) expect(SeriesSummarySchema.safeParse(summary(series, tracked, pieces)).success, JSON.stringify([series, tracked, pieces])).toBe(false);
    for (const [series, points] of SCHEMA_REFUSED_PIECES) expect(SeriesPieceSchema.safeParse(piece(series, points)).success, JSON.stringify([series, points])).toBe(false);
  });

  it('reads a piece the way the schema does, and refuses one whose numbers name a text or series it lacks', () => {
    const good = piece([0, 1, 0, 1, 0], [0, 2, 3, 12.5, 0, 2, 1, -3]);
    expect(pieceOf(good)).toEqual(good);
    expect(pieceOf({ ...good, extra: 1 })).toEqual(good);
    expect(pieceOf(piece([], []))).toEqual(piece([], []));
    // Everything the schema refuses (above), and what it takes but the page never writes (out of range).
    for (const [series, points] of [
      ...SCHEMA_REFUSED_PIECES,
      [[0, 1, 0, 1, 4], []],
      [[0, 1, 0, 1, 0], [1, 2, 3, 12]],
      [[0, 1, 0, 1, 0], [0, 4, 3, 12]],
      [[0, 1, 0, 1, 0], [0, 2, 4, 12]],
      [[0, 1, 0, 1, 0], [0, 2, 3, null]],
    ]) expect(pieceOf(piece(series, points)), JSON.stringify([series, points])).toBeNull();
    for (const bad of [null, 'piece', [], { ...good, block: 4 }, { ...good, texts: ['a', 2] }, { ...good, texts: {} }, { ...good, series: undefined }, { ...good, points: {} }]) {
      expect(pieceOf(bad), JSON.stringify(bad)).toBeNull();
      expect(SeriesPieceSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('the summary’s pieces: a version writes again only the blocks of months its changes reach', () => {
  const DS2 = 'chart-pieces';
  const blobs = new MemoryBlobStore();
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const clock = new ManualClock(new Date('2026-08-10T08:00:00Z'));
  const deps: PublishDeps = { observations, datasets, blobs, notifier: new MemoryNotifier(), clock, logger: { info() {}, warn() {}, error() {} }, owner: 'run', leaseMs: 60_000 };
  /** Months 0 to 29: three years, so three pieces. */
  const MONTHS = 30;
  const ofDataset = (r: Observation): Observation => ({ ...r, dataset: DS2 });
  const index = (version: number) => SeriesSummarySchema.parse(JSON.parse(decode(blobs.objects.get(seriesSummaryKey(DS2, version))?.body)));
  const pieceKeys = (version: number) => Object.fromEntries(index(version).pieces.map((p) => [p.block, p.key]));
  const pieceObjects = () => [...blobs.objects.keys()].filter((k) => k.startsWith(`datasets/${DS2}/_site/pieces/`));

  /**
   * Publishes the next version, whose page must be updated from the summary (its rows are not
   * read whole) and be the one drawn from every row. Returns the pieces it added to the bucket.
   */
  async function publishAndCompare(version: number): Promise<string[]> {
    clock.advance(86_400_000);
    const before = new Set(pieceObjects());
    const streamed: string[] = [];
    const getStream = blobs.getStream.bind(blobs);
    blobs.getStream = (key) => (streamed.push(key), getStream(key));
    try {
      expect(await publishDataset(DS2, deps)).toMatchObject({ status: 'published', version });
    } finally {
      blobs.getStream = getStream;
    }
    expect(streamed).not.toContain(`datasets/${DS2}/v${version}/observations.ndjson`);
    const manifest = (await readManifest(blobs, DS2, version))!;
    const scratch = cloneBucket(blobs);
    scratch.objects.delete(seriesSummaryKey(DS2, version - 1));
    scratch.objects.delete(datasetPageKey(DS2));
    await publishSite(manifest, [manifest], { blobs: scratch });
    expect(decode(blobs.objects.get(datasetPageKey(DS2))?.body)).toBe(decode(scratch.objects.get(datasetPageKey(DS2))?.body));
    return pieceObjects().filter((k) => !before.has(k));
  }

  it('version 1: one piece per year, each holding every month of the tracked series', async () => {
    for (let m = 0; m < MONTHS; m++) for (let a = 0; a < 12; a++) await observations.upsert(ofDataset(row(a, 0, m, 'export')));
    // A short series, only in the last year.
    for (let m = 24; m < 27; m++) await observations.upsert(ofDataset(row(20, 0, m, 'import')));
    expect(await publishDataset(DS2, deps)).toMatchObject({ status: 'published', version: 1 });
    const v1 = index(1);
    expect(v1.pieces.map((p) => p.block)).toEqual(['2023', '2024', '2025']);
    expect(v1.tracked).toHaveLength(13);
    for (const ref of v1.pieces) {
      const piece = SeriesPieceSchema.parse(JSON.parse(decode(blobs.objects.get(ref.key)!.body)));
      expect(piece.points.length / 4).toBe(ref.block === '2025' ? 6 * 12 + 3 : 12 * 12);
      expect(createHash('sha256').update(blobs.objects.get(ref.key)!.body).digest('hex')).toBe(ref.sha256);
    }
  });

  it('a revision of one series in one month writes that month’s piece again and names the others as before', async () => {
    await observations.upsert(ofDataset(row(1, 0, 14, 'export', { value: 1080, revision: 2, status: 'revised' })));
    const added = await publishAndCompare(2);
    const [v1, v2] = [pieceKeys(1), pieceKeys(2)];
    expect(added).toEqual([v2['2024']]);
    expect(v2['2024']).not.toBe(v1['2024']);
    expect({ ...v2, '2024': '' }).toEqual({ ...v1, '2024': '' });
  });

  it('a series removed from every month it had leaves the summary, and only the pieces of its months are written again', async () => {
    for (let m = 24; m < 27; m++) await observations.remove(DS2, ofDataset(row(20, 0, m, 'import')).observation_id);
    const added = await publishAndCompare(3);
    const [v2, v3] = [pieceKeys(2), pieceKeys(3)];
    expect(added).toEqual([v3['2025']]);
    expect({ ...v3, '2025': '' }).toEqual({ ...v2, '2025': '' });
    const v3Index = index(3);
    expect(v3Index.series).toHaveLength(12);
    expect(v3Index.texts).not.toContain('Area 20');
  });

  it('a version whose changes touch no charted point keeps every point: the month’s piece lists the series drawn now, with the same points', async () => {
    await observations.upsert(ofDataset(row(0, 0, 20, 'export', { measure: 'share', value: 12.5, observation_id: 'share-20' })));
    const added = await publishAndCompare(4);
    // Version 3 drew one series fewer (series 20 left), so the 2024 piece, which listed it, is written again; its points are the same.
    expect(added).toEqual([pieceKeys(4)['2024']]);
    expect({ ...pieceKeys(4), '2024': '' }).toEqual({ ...pieceKeys(3), '2024': '' });
    const pointsOf = (key: string) => {
      const { texts, series, points } = SeriesPieceSchema.parse(JSON.parse(decode(blobs.objects.get(key)!.body)));
      const seriesName = (s: number) => series.slice(5 * s, 5 * s + 5).map((t) => texts[t]).join('/');
      return Array.from({ length: points.length / 4 }, (_, i) => `${seriesName(points[4 * i])} ${texts[points[4 * i + 1]]} ${texts[points[4 * i + 2]]} ${points[4 * i + 3]}`).sort();
    };
    expect(pointsOf(pieceKeys(4)['2024'])).toEqual(pointsOf(pieceKeys(3)['2024']));
  });

  it('a run stopped between writing the pieces and the index leaves the previous summary whole; the next run finishes the version', async () => {
    await observations.upsert(ofDataset(row(2, 0, 27, 'export', { value: 1105, revision: 2, status: 'revised' })));
    await observations.upsert(ofDataset(row(2, 0, MONTHS, 'export')));
    const previousIndex = blobs.objects.get(seriesSummaryKey(DS2, 4))!.body;
    const put = blobs.put.bind(blobs);
    blobs.put = (key, body, meta) => (key === seriesSummaryKey(DS2, 5) ? Promise.reject(new Error('stopped')) : put(key, body, meta));
    try {
      await expect(publishDataset(DS2, deps)).rejects.toThrow('stopped');
    } finally {
      blobs.put = put;
    }
    expect(blobs.objects.has(seriesSummaryKey(DS2, 5))).toBe(false);
    expect(decode(blobs.objects.get(seriesSummaryKey(DS2, 4))!.body)).toBe(decode(previousIndex));
    for (const ref of index(4).pieces) expect(createHash('sha256').update(blobs.objects.get(ref.key)!.body).digest('hex')).toBe(ref.sha256);
    // The next run finishes version 5 from the same summary and writes the same piece (its key is its checksum).
    const written = pieceObjects();
    await publishDataset(DS2, deps);
    const v5 = pieceKeys(5);
    expect(pieceObjects()).toEqual(written);
    expect(written).toContain(v5['2025']);
    expect({ ...v5, '2025': '' }).toEqual({ ...pieceKeys(4), '2025': '' });
    const manifest = (await readManifest(blobs, DS2, 5))!;
    const scratch = cloneBucket(blobs);
    scratch.objects.delete(seriesSummaryKey(DS2, 4));
    scratch.objects.delete(datasetPageKey(DS2));
    await publishSite(manifest, [manifest], { blobs: scratch });
    expect(decode(blobs.objects.get(datasetPageKey(DS2))?.body)).toBe(decode(scratch.objects.get(datasetPageKey(DS2))?.body));
  });

  it('a piece whose bytes are not those its index names is not used: every row is collected, the same series', async () => {
    const manifest = (await readManifest(blobs, DS2, 5))!;
    const manifests = (v: number) => readManifest(blobs, DS2, v);
    const intact = await pageData(cloneBucket(blobs), manifest, manifests);
    const damaged = cloneBucket(blobs);
    const ref = index(4).pieces[0];
    const body = new Uint8Array(damaged.objects.get(ref.key)!.body);
    body[body.length - 2] ^= 1;
    damaged.objects.set(ref.key, { ...damaged.objects.get(ref.key)!, body });
    const collected = await pageData(damaged, manifest, manifests);
    expect([intact.from, collected.from]).toEqual(['updated', 'collected']);
    expect(collected.series).toEqual(intact.series);
  });

  it('a summary of the form before the pieces (rules 1: every tracked point in one file) is not reused: every row is collected once', async () => {
    const manifest = (await readManifest(blobs, DS2, 5))!;
    const manifests = (v: number) => readManifest(blobs, DS2, v);
    const intact = await pageData(cloneBucket(blobs), manifest, manifests);
    const older = cloneBucket(blobs);
    const { dataset, version, texts, series, history } = index(4);
    const oldForm = { dataset, version, rules: 1, texts, series, tracked: [[0, [['2023-01', 'export', 1000]]]], history };
    older.objects.set(seriesSummaryKey(DS2, 4), { ...older.objects.get(seriesSummaryKey(DS2, 4))!, body: new TextEncoder().encode(JSON.stringify(oldForm)) });
    const collected = await pageData(older, manifest, manifests);
    expect(collected.from).toBe('collected');
    expect(collected.series).toEqual(intact.series);
    expect(SeriesSummarySchema.parse(JSON.parse(decode(older.objects.get(seriesSummaryKey(DS2, 5))!.body))).pieces.map((p) => p.block)).toEqual(['2023', '2024', '2025']);
  });
});

describe('a block’s points in two pieces: a monthly release reads the drawn pieces, and the rest only of the blocks it writes again', () => {
  const DS3 = 'chart-drawn';
  const blobs = new MemoryBlobStore();
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const clock = new ManualClock(new Date('2026-09-10T08:00:00Z'));
  const deps: PublishDeps = { observations, datasets, blobs, notifier: new MemoryNotifier(), clock, logger: { info() {}, warn() {}, error() {} }, owner: 'run', leaseMs: 60_000 };
  /** 15 areas by 20 partners: 300 series, more than the page draws and fewer than the summary tracks; three years of months. */
  const [areas, partners, months] = [15, 20, 30];
  const ofDataset = (r: Observation): Observation => ({ ...r, dataset: DS3 });
  const index = (version: number) => SeriesSummarySchema.parse(JSON.parse(decode(blobs.objects.get(seriesSummaryKey(DS3, version))?.body)));
  const piece = (key: string) => SeriesPieceSchema.parse(JSON.parse(decode(blobs.objects.get(key)!.body)));

  it('version 1: each year has a drawn piece listing every series the page draws and a rest piece with the other tracked series', async () => {
    for (let m = 0; m < months; m++) for (let a = 0; a < areas; a++) for (let p = 0; p < partners; p++) await observations.upsert(ofDataset(row(a, p, m, 'export')));
    expect(await publishDataset(DS3, deps)).toMatchObject({ status: 'published', version: 1 });
    const v1 = index(1);
    expect(v1.pieces.map((p) => p.block)).toEqual(['2023', '2023 rest', '2024', '2024 rest', '2025', '2025 rest']);
    // Every series is tracked (the quality gate may hold some rows back, so there may be fewer than 300).
    expect(v1.tracked).toHaveLength(v1.series.length);
    expect(v1.series.length).toBeGreaterThan(MAX_SERIES);
    for (const ref of v1.pieces) {
      const { series, points } = piece(ref.key);
      const monthsHere = ref.block.startsWith('2025') ? 6 : 12;
      const seriesHere = ref.block.endsWith(' rest') ? v1.series.length - MAX_SERIES : MAX_SERIES;
      expect(series.length / 5).toBe(seriesHere);
      expect(points.length / 4).toBeLessThanOrEqual(seriesHere * monthsHere);
      expect(points.length / 4).toBeGreaterThan(seriesHere * monthsHere * 0.9);
    }
  });

  it('a revision in the last year reads every drawn piece and that year’s rest, writes that year’s two pieces, and draws the page collecting every row draws', async () => {
    await observations.upsert(ofDataset(row(3, 4, 27, 'export', { value: 1200, revision: 2, status: 'revised' })));
    clock.advance(86_400_000);
    const read: string[] = [];
    const get = blobs.get.bind(blobs);
    blobs.get = (key) => (read.push(key), get(key));
    try {
      expect(await publishDataset(DS3, deps)).toMatchObject({ status: 'published', version: 2 });
    } finally {
      blobs.get = get;
    }
    const byBlock = (version: number) => Object.fromEntries(index(version).pieces.map((p) => [p.block, p.key]));
    const [v1, v2] = [byBlock(1), byBlock(2)];
    expect(read.filter((k) => k.includes('/_site/pieces/')).sort()).toEqual([v1['2023'], v1['2024'], v1['2025'], v1['2025 rest']].sort());
    expect({ ...v2, '2025': '', '2025 rest': '' }).toEqual({ ...v1, '2025': '', '2025 rest': '' });
    expect([v2['2025'], v2['2025 rest']]).not.toContain(v1['2025']);
    const manifest = (await readManifest(blobs, DS3, 2))!;
    const scratch = cloneBucket(blobs);
    scratch.objects.delete(seriesSummaryKey(DS3, 1));
    scratch.objects.delete(datasetPageKey(DS3));
    await publishSite(manifest, [manifest], { blobs: scratch });
    expect(decode(blobs.objects.get(datasetPageKey(DS3))?.body)).toBe(decode(scratch.objects.get(datasetPageKey(DS3))?.body));
  });
});
