/** The pure parts of publish: renderers, line splitting, diff classification, vintages, tallies, documents. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { OBSERVATION_COLUMNS, SnapshotManifest, type Observation } from '../../functions/core/contract.js';
import { ChangeTally, changeEntry, changePct, classifyChange, rowsAsOf, vintageIntervals, type ChangeKind } from '../../functions/core/publish/diff.js';
import { buildAtomFeed, buildCatalog, buildDataPackage } from '../../functions/core/publish/documents.js';
import { csvField, csvRecord, jsonRecord, lineObservationId, parseVintageLine, vintageRecord } from '../../functions/core/publish/render.js';
import { ByteChannel, lines, parsedLines } from '../../functions/core/publish/streams.js';
import { snsAttributes } from '../../functions/adapters/sns-notifier.js';

/** A row with defaults (column order as the contract's). */
function row(id: string, over: Partial<Observation> = {}): Observation {
  const merged: Observation = {
    observation_id: id, dataset: 'ds-one', area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value', period_start: '2025-10', period_end: '2025-10',
    value: 100, unit: 'CNY', qualifier: 'exact', yoy_pct: 1.5, status: 'preliminary', release_id: 'rel-a', source_url: 'https://example.test/a', source_quote: 'q', published: '2025-11-07', revision: 1, period_type: 'month', partner_code: 'WLD', area_code: 'CN', is_total: true, ...over,
  };
  return Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, merged[c]])) as Observation;
}

const ordered = (r: Observation) => JSON.stringify(Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, r[c] ?? null])));

describe('row renderers', () => {
  it('jsonRecord is byte-identical to JSON.stringify of the ordered row, for any text and numbers', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })), (text, value, yoy) => {
        const r = row('x"\\\u2028', { source_quote: text, area: `${text}é😀`, value, yoy_pct: yoy });
        expect(jsonRecord(r)).toBe(ordered(r));
      }),
    );
  });

  it('jsonRecord escapes exactly as JSON.stringify does: controls, quotes, backslashes, lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (text, other) => {
        const r = row(other || 'id', { source_quote: text, commodity: `${other}\u0000"\\`, breakdown: other });
        expect(jsonRecord(r)).toBe(ordered(r));
      }),
    );
  });

  it('csvRecord equals the RFC 4180 fields of the contract columns joined by commas', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })), (text, value) => {
        const r = row('x', { source_quote: text, area: `a,${text}`, breakdown: `"${text}"\r\n`, value });
        expect(csvRecord(r)).toBe(`${OBSERVATION_COLUMNS.map((c) => csvField(r[c])).join(',')}\r\n`);
      }),
    );
  });

  it('changeEntry is byte-identical to JSON.stringify of the entry object, missing members omitted as it does', () => {
    const figure = (r: Observation) => ({ value: r.value ?? null, yoy_pct: r.yoy_pct ?? null, qualifier: r.qualifier, revision: r.revision, status: r.status, release_id: r.release_id, published: r.published });
    const reference = (kind: ChangeKind, now: Observation | undefined, before: Observation | undefined) => {
      const r = (now ?? before)!;
      return JSON.stringify({
        change: kind, observation_id: r.observation_id, area: r.area, partner: r.partner, flow: r.flow, commodity: r.commodity, breakdown: r.breakdown, measure: r.measure,
        period_start: r.period_start, period_end: r.period_end, unit: r.unit, old: before && figure(before), new: now && figure(now), revised_by: kind === 'revised' ? now!.release_id : undefined,
        reason: kind === 'removed' ? `release ${before!.release_id} no longer reports this figure (re-normalized)` : undefined,
      });
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })), fc.boolean(), (text, value, dropUnit) => {
        const now = row('x', { area: text, value, release_id: `rel ${text}` });
        const before = row('x', { source_quote: text, yoy_pct: null, ...(dropUnit ? { unit: undefined as unknown as string } : {}) });
        expect(changeEntry('added', now, undefined)).toBe(reference('added', now, undefined));
        expect(changeEntry('revised', now, before)).toBe(reference('revised', now, before));
        expect(changeEntry('removed', undefined, before)).toBe(reference('removed', undefined, before));
      }),
    );
  });

  it('reads the id and interval back from a vintage line without parsing it, and falls back when it must', () => {
    const line = vintageRecord({ introduced_in: 2, superseded_in: null }, row('obs-1', { revision: 12 }));
    expect(parseVintageLine(line)).toEqual({ introduced_in: 2, superseded_in: null, observation_id: 'obs-1', revision: 12 });
    // Columns follow revision, and a value may hold the key's text: still read without JSON.parse.
    const tricky = vintageRecord({ introduced_in: 3, superseded_in: 5 }, row('obs-2', { revision: 7, source_quote: ',"revision":99}' }));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(parseVintageLine(tricky)).toEqual({ introduced_in: 3, superseded_in: 5, observation_id: 'obs-2', revision: 7 });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    const escaped = vintageRecord({ introduced_in: 1, superseded_in: 3 }, row('we"ird', { revision: 4 }));
    expect(parseVintageLine(escaped)).toEqual({ introduced_in: 1, superseded_in: 3, observation_id: 'we"ird', revision: 4 });
    expect(lineObservationId(jsonRecord(row('a\\b')))).toBe('a\\b');
    expect(lineObservationId(jsonRecord(row('plain')))).toBe('plain');
  });
});

describe('lines of a byte stream', () => {
  it('splits lines across arbitrary chunk boundaries, multi-byte characters included', async () => {
    const text = 'first\nsecond é😀 line\n\nlast without newline';
    const bytes = Buffer.from(text, 'utf8');
    for (const size of [1, 2, 3, 5, 7, bytes.length]) {
      const chunks = (async function* () {
        for (let i = 0; i < bytes.length; i += size) yield new Uint8Array(bytes.subarray(i, i + size));
      })();
      const got: string[] = [];
      for await (const l of lines(chunks)) got.push(l);
      expect(got, `chunks of ${size}`).toEqual(['first', 'second é😀 line', '', 'last without newline']);
    }
  });

  it('lines gives the text split at its newlines, and parsedLines the non-empty ones parsed, whatever the chunks (a buffer the source reuses included)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 12 }), fc.boolean(), fc.integer({ min: 1, max: 9 }), async (parts, trailing, size) => {
        const bytes = Buffer.from(parts.join('\n') + (trailing ? '\n' : ''), 'utf8');
        const chunksOf = (reuse: boolean) => (async function* () {
          const shared = new Uint8Array(size);
          for (let i = 0; i < bytes.length; i += size) {
            const piece = bytes.subarray(i, i + size);
            if (!reuse) yield new Uint8Array(piece);
            else {
              shared.set(piece);
              yield shared.subarray(0, piece.length);
            }
          }
        })();
        const split = bytes.toString('utf8').split('\n');
        if (split[split.length - 1] === '') split.pop();
        const all: string[] = [];
        for await (const l of lines(chunksOf(true))) all.push(l);
        expect(all).toEqual(split);
        const got: string[] = [];
        for await (const l of parsedLines(chunksOf(true), (line) => `<${line}>`)) got.push(l);
        expect(got).toEqual(split.filter((l) => l.length > 0).map((l) => `<${l}>`));
      }),
      { numRuns: 200 },
    );
  });

  it('parsedLines parses each line as it is taken, not a chunk\'s lines at once', async () => {
    const parsed: string[] = [];
    const iterator = parsedLines((async function* () {
      yield Buffer.from('a\nb\n\nc\nd');
      yield Buffer.from('e\nf\n');
    })(), (line) => (parsed.push(line), line))[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toBe('a');
    expect(parsed).toEqual(['a']);
    expect((await iterator.next()).value).toBe('b');
    expect((await iterator.next()).value).toBe('c');
    expect(parsed).toEqual(['a', 'b', 'c']);
    expect((await iterator.next()).value).toBe('de');
    expect((await iterator.next()).value).toBe('f');
    expect((await iterator.next()).done).toBe(true);
    expect(parsed).toEqual(['a', 'b', 'c', 'de', 'f']);
  });
});

describe('byte channel', () => {
  it('hashes and counts what passes, and fails a waiting producer when the consumer stops', async () => {
    const channel = new ByteChannel(4);
    const consumer = (async () => {
      for await (const _chunk of channel) return; // reads one chunk, then stops
    })();
    await channel.write(new Uint8Array([1, 2, 3]));
    await expect(channel.write(new Uint8Array(10))).rejects.toThrow(/stopped reading/);
    await consumer;
    expect(channel.bytes).toBe(13);
  });
});

describe('diff', () => {
  it('classifies by comparing rendered lines', () => {
    expect(classifyChange('a', undefined)).toBe('added');
    expect(classifyChange(undefined, 'a')).toBe('removed');
    expect(classifyChange('a', 'b')).toBe('revised');
    expect(classifyChange('a', 'a')).toBe('unchanged');
  });

  it('assigns vintage intervals: closed ones stay, the current one stays open, others close now', () => {
    const previous = new Map([[1, { introduced_in: 1, superseded_in: 2 }], [2, { introduced_in: 2, superseded_in: null }]]);
    // Revision 3 and 4 were both written since version 4; 4 is current.
    expect(vintageIntervals([1, 2, 3, 4], previous, 4, 5)).toEqual([
      { introduced_in: 1, superseded_in: 2 },
      { introduced_in: 2, superseded_in: 5 },
      { introduced_in: 5, superseded_in: 5 },
      { introduced_in: 5, superseded_in: null },
    ]);
    // Removed now: the open revision closes, nothing is current.
    expect(vintageIntervals([1, 2], previous, null, 5)).toEqual([{ introduced_in: 1, superseded_in: 2 }, { introduced_in: 2, superseded_in: 5 }]);
    const vintages = [{ id: 'r1', introduced_in: 1, superseded_in: 2 }, { id: 'r2', introduced_in: 2, superseded_in: 5 }, { id: 'r3', introduced_in: 5, superseded_in: 5 }];
    expect(rowsAsOf(vintages, 1).map((v) => v.id)).toEqual(['r1']);
    expect(rowsAsOf(vintages, 4).map((v) => v.id)).toEqual(['r2']);
    expect(rowsAsOf(vintages, 5)).toEqual([]);
  });

  it('tallies per area and flow and keeps the largest relative revisions, bounded', () => {
    const tally = new ChangeTally(2);
    for (const [id, from, to] of [['a', 100, 110], ['b', 100, 50], ['c', 100, 101], ['d', 0, 5]] as const) {
      tally.add('revised', row(id, { value: to }), row(id, { value: from }));
    }
    tally.add('added', row('e', { area: 'Xinjiang', flow: 'import' }), undefined);
    expect(tally.counts).toEqual({ added: 1, revised: 4, removed: 0 });
    expect(tally.largestChanges().map((c) => [c.observation_id, c.change_pct])).toEqual([['b', -50], ['a', 10]]);
    expect(tally.breakdown().by_area).toEqual({ China: { added: 0, revised: 4, removed: 0 }, Xinjiang: { added: 1, revised: 0, removed: 0 } });
    expect(tally.touched().flows).toEqual(['export', 'import']);
    expect(changePct(0, 5)).toBeNull();
  });
});

const manifest = (version: number, created: string): SnapshotManifest => ({
  dataset: 'ds-one', version, previous_version: version > 1 ? version - 1 : null, created_at: created, data_as_of: created.slice(0, 10), row_count: 3, period_start: '2025-01', period_end: '2025-10',
  changes: { added: 1, revised: 0, removed: 0 }, files: [{ path: 'observations.csv', media_type: 'text/csv; charset=utf-8', bytes: 10, sha256: 'a'.repeat(64) }],
  schema: { primary_key: 'observation_id', fields: [] }, sources: [], citation: `ds-one, version ${version}, data as of ${created.slice(0, 10)}`,
});

describe('documents', () => {
  it('builds a Frictionless package whose resources carry bytes, sha256 hash and typed schemas', () => {
    const pkg = buildDataPackage({
      dataset: 'ds-one', version: 4, created_at: '2025-11-10T08:00:00.000Z', data_as_of: '2025-11-10', citation: 'c', row_count: 3, period_start: '2025-01', period_end: '2025-10',
      licences: [{ name: 'CC-BY-4.0', title: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }], publishers: [{ name: 'Example Customs', url: 'https://customs.example.test' }], url: 'https://d.test/datasets/ds-one/v4/',
      sources: [{ release_id: 'r', url: 'https://x/r', published: '2025-11-07' }],
      files: [{ path: 'observations.csv', media_type: 'text/csv; charset=utf-8', bytes: 10, sha256: 'b'.repeat(64) }, { path: 'delta.csv', media_type: 'text/csv; charset=utf-8', bytes: 5, sha256: 'c'.repeat(64) }],
    }) as any;
    expect(pkg).toMatchObject({ profile: 'data-package', name: 'ds-one', version: '1.1.4', schema_version: '1.1.0', data_version: 4, licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }], sources: [{ title: 'r', path: 'https://x/r' }] });
    expect(pkg.citation).toMatchObject({ 'cff-version': '1.2.0', version: '1.1.4', url: 'https://d.test/datasets/ds-one/v4/', publisher: [{ name: 'Example Customs', website: 'https://customs.example.test' }], 'date-released': '2025-11-10' });
    expect(pkg.resources[0]).toMatchObject({ profile: 'tabular-data-resource', name: 'observations', path: 'observations.csv', format: 'csv', mediatype: 'text/csv', bytes: 10, hash: `sha256:${'b'.repeat(64)}`, dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true } });
    expect(pkg.resources[0].schema.fields.find((f: any) => f.name === 'period_start').type).toBe('yearmonth');
    expect(pkg.resources[0].schema.fields.find((f: any) => f.name === 'observation_id').constraints).not.toHaveProperty('unique');
    expect(pkg.resources[0].schema.fields.find((f: any) => f.name === 'flow').constraints.enum).toContain('balance');
    expect(pkg.resources[1].schema.fields[0]).toMatchObject({ name: 'change', constraints: { enum: ['added', 'revised', 'removed'] } });
  });

  it('writes a valid, escaped Atom feed, newest version first, and a catalog sorted by dataset', () => {
    const feed = buildAtomFeed({ id: 'urn:x', title: 'A & B <versions>', self: 'feed.atom', manifests: [manifest(1, '2025-11-01T00:00:00Z'), manifest(2, '2025-11-02T00:00:00Z')], base: 'https://d.test', fallbackUpdated: 'x' });
    expect(feed).toContain('<title>A &amp; B &lt;versions&gt;</title>');
    expect(feed).toContain('<updated>2025-11-02T00:00:00Z</updated>');
    expect(feed.indexOf('ds-one:v2')).toBeLessThan(feed.indexOf('ds-one:v1'));
    expect(feed).toContain('href="https://d.test/datasets/ds-one/v2/observations.csv"');
    const catalog = buildCatalog([{ ...manifest(2, '2025-11-02T00:00:00Z'), dataset: 'zz-last' }, manifest(1, '2025-11-01T00:00:00Z')], undefined, 'now') as any;
    expect(catalog.datasets.map((d: any) => [d.dataset, d.latest_version, d.latest])).toEqual([['ds-one', 1, 'datasets/ds-one/latest.json'], ['zz-last', 2, 'datasets/zz-last/latest.json']]);
  });

  it('maps notification attributes to SNS types, drops empty lists and refuses more than ten', () => {
    expect(snsAttributes({ dataset: 'd', version: '3', areas: ['A', 'B'], flows: [] })).toEqual({
      dataset: { DataType: 'String', StringValue: 'd' },
      version: { DataType: 'Number', StringValue: '3' },
      areas: { DataType: 'String.Array', StringValue: '["A","B"]' },
    });
    expect(() => snsAttributes(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`a${i}`, 'x'])))).toThrow(/10/);
  });
});
