/**
 * The worker bundle's own step (infra/worker-bundle.ts): the extractors' test-only examples are
 * blanked in the source the bundler reads, nothing else changes, and a module that reads them stops
 * the build. The last test runs the corpus through a bundle built so and through the source.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { testOnlyPropertySpans, withoutTestOnlyProperties, workerBuildOptions } from '../../infra/worker-bundle.js';
import { extractRelease } from '../../functions/core/extract/index.js';

const blank = (src: string) => withoutTestOnlyProperties(src, 'test.ts');

describe('test-only properties in the worker bundle', () => {
  it('blanks an example or examples key with a literal value, with its comma, keeping length and line breaks', () => {
    const src = [
      "const RULES: Rule[] = [",
      "  { name: 'a', examples: ['up 3%', \"it's\", `plain`], gate: /x/ },",
      "  { name: 'b', gate: /y/, example: 'from $2.1 billion' },",
      "  { examples: [['index 101.3', 1.3], ['down', -2]],\n    test: (s) => s.length > 2 },",
      "];",
    ].join('\n');
    const out = blank(src);
    expect(out.length).toBe(src.length);
    expect(out.split('\n').length).toBe(src.split('\n').length);
    expect(out.replace(/ +/g, ' ')).toBe(
      ["const RULES: Rule[] = [", " { name: 'a', gate: /x/ },", " { name: 'b', gate: /y/, },", " { \n test: (s) => s.length > 2 },", "];"].join('\n'),
    );
  });

  it('leaves types, values that are no literal, and the word in strings, patterns, templates and comments', () => {
    const src = [
      'interface Rule {',
      '  /** Phrases, e.g. { examples: [...] }. */',
      '  examples: string[];',
      '  example?: string;',
      '}',
      "const r = { example: describe('x'), examples: [x, 'y'], text: ', example: \"q\"', re: /, example: 'z'/, t: `${a}, example: 'w'` };",
      "// { example: 'comment' }",
    ].join('\n');
    expect(testOnlyPropertySpans(src)).toEqual([]);
    expect(blank(src)).toBe(src);
  });

  it('stops the build when a module reads the property (the bundle would then differ from the source)', () => {
    expect(() => blank('for (const e of rule.examples) check(e);')).toThrow(/reads `\.examples`/);
    expect(() => blank('const x = rule?.example;')).toThrow(/reads `\.example`/);
    expect(() => blank("const x = rule['examples'];")).toThrow(/reads `\['examples'\]`/);
    expect(() => blank('const { pattern, examples } = rule;')).toThrow(/destructures `examples`/);
  });

  it('a bundle built with the worker settings extracts corpus releases and table fixtures as the source does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'worker-bundle-identity-'));
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(entry, `export { extractRelease } from ${JSON.stringify(join(process.cwd(), 'functions/core/extract/index.ts'))};\n`);
      await build({ ...workerBuildOptions(), entryPoints: [entry], outfile: join(dir, 'bundle.mjs') });
      const bundled = (await import(pathToFileURL(join(dir, 'bundle.mjs')).href)) as { extractRelease: typeof extractRelease };
      const context = { dataset: 'd', release_id: 'r', source_url: 'https://example.test/r', published: '2026-03-03' };
      // Every table fixture and every eighth corpus release (all of them: 90 s; the whole corpus and the
      // development set were compared when this step was added).
      const inputs = [['tests/corpus/press-release', 8], ['tests/fixtures/tables', 1]].flatMap(([folder, every]) =>
        readdirSync(folder as string).filter((f) => /\.(txt|html)$/.test(f)).sort().filter((_, i) => i % (every as number) === 0)
          .map((f) => ({ name: f, body: readFileSync(join(folder as string, f), 'utf8'), contentType: f.endsWith('.html') ? 'text/html' : 'text/plain' })),
      );
      expect(inputs.length).toBeGreaterThan(200);
      for (const { name, body, contentType } of inputs) {
        const options = { kind: 'auto' as const, contentType };
        expect(bundled.extractRelease(body, context, options), name).toEqual(extractRelease(body, context, options));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
