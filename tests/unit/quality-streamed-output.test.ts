/**
 * What the quality gate writes as it reads (never whole in memory) against the same thing built
 * whole: its gzipped lines read back in order, quality.json streamed byte for byte as
 * `JSON.stringify(document, null, 2)` writes it, on generated trade worlds (several seeds, many
 * findings so the lines span several gzip members) and on documents with edge cases.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { assessQuality, type JudgedFinding, type QualityAssessment } from '../../functions/core/quality/assess.js';
import { DEFAULT_QUALITY_CONFIG } from '../../functions/core/quality/config.js';
import { jsonText, Listed, materialized } from '../../functions/core/quality/json-text.js';
import { heldRows, qualityDocument, qualityText } from '../../functions/core/quality/report.js';
import { LineSpill } from '../../functions/core/quality/spill.js';
import { random, storeOf, TABLES } from '../support/trade-world.js';

const META = { version: 2, created_at: '2024-02-01T00:00:00Z' };
const textOf = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks]).toString('utf8');

/** Random text with what JSON escapes (quotes, backslashes, newlines, non-ASCII). */
function text(rand: () => number, length: number): string {
  const alphabet = ['a', 'b', ' ', '"', '\\', '\n', '\t', 'é', '元', '→', '|', '{', ']', '😀'];
  return Array.from({ length }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
}

describe('lines kept gzipped', () => {
  it('reads back every line in order, across members and the part not yet sealed, and its members gunzip to the same lines', () => {
    const rand = random(11);
    const spill = new LineSpill();
    const pushed: string[] = [];
    // About 2 MB of text: several members of 256 KB, and a tail left pending.
    for (let n = 0; n < 4000; n++) {
      const line = JSON.stringify({ n, text: text(rand, Math.floor(rand() * 900)) });
      spill.push(line);
      pushed.push(line);
    }
    expect([...spill.lines()]).toEqual(pushed);
    // From any line on (members before it skipped unread), including into the part not yet sealed.
    for (const from of [1, 150, 1999, 3990, 4000, 4100]) expect([...spill.lines(from)]).toEqual(pushed.slice(from));
    const members = [...spill.gzipped()].map((m) => m.bytes);
    expect(members.length).toBeGreaterThan(4);
    expect(gunzipSync(Buffer.concat(members)).toString('utf8')).toBe(`${pushed.join('\n')}\n`);
    // Sealed by gzipped(): still the same lines, and more can follow.
    spill.push('"last"');
    expect([...spill.lines()]).toEqual([...pushed, '"last"']);
  });
});

describe('a JSON document written piece by piece', () => {
  it('is byte for byte JSON.stringify(document, null, 2), with empty and nested lists and awkward strings', () => {
    const rand = random(12);
    for (let round = 0; round < 20; round++) {
      const items = Array.from({ length: Math.floor(rand() * 4) * 3 }, (_, i) => ({ i, label: text(rand, 40), nested: { list: [1, text(rand, 5), null, []], empty: {} } }));
      const document = { [text(rand, 6)]: text(rand, 30), empty: new Listed(() => []), items: new Listed(() => items), plain: items, none: null, gone: undefined, count: round, object: { a: [{ b: [] }] } };
      expect([...jsonText(document)].join('')).toBe(JSON.stringify(materialized(document), null, 2));
    }
    expect([...jsonText({})].join('')).toBe('{}');
  });
});

/** A whole assessment of a generated world, the dataset with its partners. */
async function assessed(seed: number): Promise<QualityAssessment> {
  const { observations } = await storeOf(seed);
  const rows: Observation[] = [];
  for (const dataset of [TABLES, 'trade-news']) for await (const r of observations.scan(dataset)) rows.push(r);
  return assessQuality({ dataset: TABLES, rows, config: DEFAULT_QUALITY_CONFIG });
}

describe('quality.json streamed', () => {
  for (const seed of [1, 2, 3]) {
    it(`is the document built whole, byte for byte, on a generated world (seed ${seed})`, async () => {
      const assessment = await assessed(seed);
      const whole = `${JSON.stringify(qualityDocument(assessment, META), null, 2)}\n`;
      expect(textOf(qualityText(assessment, META))).toBe(whole);
      // Not vacuous: rows are held and findings listed.
      const document = JSON.parse(whole) as { held_back: unknown[]; findings: unknown[] };
      expect(document.held_back.length).toBeGreaterThan(20);
      expect(document.findings.length).toBeGreaterThan(20);
      expect(document.held_back).toHaveLength([...heldRows(assessment, META.version)].length);
    });
  }

  it('is the document built whole when its lists span many gzip members and warnings are capped', async () => {
    const assessment = await assessed(1);
    const rand = random(13);
    // The world's findings many times over, with long messages: megabytes of lines.
    const findings: JudgedFinding[] = [];
    for (let n = 0; n < 40; n++) for (const f of assessment.findings) findings.push({ ...f, message: `${f.message} ${text(rand, 200)}` });
    const large = { ...assessment, findings };
    const whole = `${JSON.stringify(qualityDocument(large, META), null, 2)}\n`;
    expect(whole.length).toBeGreaterThan(4_000_000);
    expect(textOf(qualityText(large, META))).toBe(whole);
  });
});
