/**
 * The extraction worker's bundle (extract-worker.mjs beside the normalize handler): the handlers'
 * esbuild settings (bundling.ts) plus one step they do not need. The extractors' rule tables carry
 * examples next to each rule (`examples: ['up from 4,659 tonnes a year earlier', ...]`,
 * `example: '...'`): phrases the unit tests run every rule on, which no extraction reads. They were
 * 22 KB of the worker's code, loaded and compiled at every thread start; the bundle leaves them out.
 *
 * The examples are blanked in the source text the bundler reads (spaces of the same length, line
 * breaks kept), so lines and columns, and with them the source map's stack traces, stay exact. Only
 * a property whose value is a literal (a string, a template without substitutions, a number, or an
 * array of those) is blanked. A module that reads such a property (`rule.examples`, `{ example }`)
 * stops the build: the bundle would otherwise behave differently from the source.
 *
 * The source map is written beside the bundle but not named in it (esbuild's `external`): Node.js
 * reads and parses a named map at every thread start (the worker inherits `--enable-source-maps`),
 * and nothing the worker throws is logged with its stack. An extractor's error comes back as the
 * release's reason (`internal extractor error (...)`: its message), a crashed worker as its message
 * (worker-extractor.ts). Whoever makes a worker stack reach the logs names the map again.
 *
 * Run by the function construct after CDK bundles the handler (a worker loads its own module):
 *   tsx infra/worker-bundle.ts <entry.ts> <outfile.mjs>
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { handlerBuildOptions } from './bundling.js';

/** Properties of the extractors' rule tables that only tests read. */
export const TEST_ONLY_PROPERTIES = ['example', 'examples'];

/** Source files whose test-only properties the worker bundle blanks: the extractors'. */
const EXTRACTOR_SOURCE = /[\\/]functions[\\/]core[\\/]extract[\\/].*\.ts$/;

type Token = { kind: 'name' | 'punct' | 'literal' | 'other'; text: string; start: number; end: number };

/** Words after which a `/` starts a regular expression rather than a division. */
const BEFORE_EXPRESSION = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

/**
 * The tokens of a TypeScript module that matter here, comments and whitespace skipped: names,
 * punctuation, and whole literals (strings, regular expressions, templates; a template with
 * substitutions is one `other` token up to its first `${`, its expressions tokenised as code).
 */
function tokens(src: string): Token[] {
  const out: Token[] = [];
  const braces: boolean[] = []; // per open `{`: whether it opened a template substitution
  let i = 0;
  let valueBefore = false;
  // From just after a template's opening backtick or a substitution's closing brace, to its end or next substitution.
  const templateRest = (): 'end' | 'substitution' => {
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') i += 2;
      else if (c === '`') return (i++, 'end');
      else if (c === '$' && src[i + 1] === '{') return (i += 2, braces.push(true), 'substitution');
      else i++;
    }
    throw new Error('unterminated template');
  };
  while (i < src.length) {
    const c = src[i];
    const start = i;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '/' && src[i + 1] === '/') { i = src.indexOf('\n', i); if (i < 0) i = src.length; continue; }
    if (c === '/' && src[i + 1] === '*') { i = src.indexOf('*/', i + 2) + 2; if (i < 2) throw new Error('unterminated comment'); continue; }
    if (c === '"' || c === "'") {
      for (i++; src[i] !== c; i++) { if (src[i] === '\\') i++; if (i >= src.length || src[i] === '\n') throw new Error('unterminated string'); }
      i++;
      out.push({ kind: 'literal', text: src.slice(start, i), start, end: i });
      valueBefore = true;
      continue;
    }
    if (c === '`' || (c === '}' && braces.at(-1) === true)) {
      if (c === '}') braces.pop();
      i++;
      const how = templateRest();
      out.push({ kind: c === '`' && how === 'end' ? 'literal' : 'other', text: src.slice(start, i), start, end: i });
      valueBefore = how === 'end';
      continue;
    }
    if (c === '/' && !valueBefore) {
      let inClass = false;
      for (i++; inClass || src[i] !== '/'; i++) {
        if (src[i] === '\\') i++;
        else if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
        if (i >= src.length || src[i] === '\n') throw new Error('unterminated regular expression');
      }
      for (i++; /[a-z]/.test(src[i] ?? ''); i++);
      out.push({ kind: 'literal', text: src.slice(start, i), start, end: i });
      valueBefore = true;
      continue;
    }
    if (/[\w$]/.test(c) || c.charCodeAt(0) > 127) {
      while (i < src.length && (/[\w$]/.test(src[i]) || src.charCodeAt(i) > 127)) i++;
      const text = src.slice(start, i);
      const numeric = /^\d/.test(text);
      if (numeric && src[i] === '.' && /\d/.test(src[i + 1] ?? '')) for (i++; /[\w]/.test(src[i] ?? ''); i++);
      out.push({ kind: numeric ? 'literal' : 'name', text: src.slice(start, i), start, end: i });
      valueBefore = numeric || !BEFORE_EXPRESSION.has(text);
      continue;
    }
    if (c === '{') braces.push(false);
    else if (c === '}') braces.pop();
    i++;
    out.push({ kind: 'punct', text: c, start, end: i });
    valueBefore = c === ')' || c === ']' || c === '}';
  }
  return out;
}

/** The end (token index past it) of a literal value at token `t`: a literal, or an array of literal values; -1 if it is not one. */
function literalValueEnd(toks: Token[], t: number): number {
  const tok = toks[t];
  if (!tok) return -1;
  if (tok.kind === 'literal') return t + 1;
  if (tok.kind === 'punct' && tok.text === '-' && toks[t + 1]?.kind === 'literal' && /^\d/.test(toks[t + 1].text)) return t + 2;
  if (tok.kind !== 'punct' || tok.text !== '[') return -1;
  let k = t + 1;
  while (toks[k] && !(toks[k].kind === 'punct' && toks[k].text === ']')) {
    k = literalValueEnd(toks, k);
    if (k < 0) return -1;
    if (toks[k]?.kind === 'punct' && toks[k].text === ',') k++;
  }
  return toks[k] ? k + 1 : -1;
}

/**
 * The spans [start, end) of the test-only properties with literal values in a module's source (each
 * with its comma), after checking that nothing in the module reads one of them.
 */
export function testOnlyPropertySpans(src: string, file = 'source'): Array<[number, number]> {
  const toks = tokens(src);
  const spans: Array<[number, number]> = [];
  const is = (t: number, text: string) => toks[t]?.kind === 'punct' && toks[t].text === text;
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t];
    const quoted = tok.kind === 'literal' && TEST_ONLY_PROPERTIES.some((p) => tok.text === `'${p}'` || tok.text === `"${p}"`);
    if (quoted && is(t - 1, '[')) throw new Error(`${file}: reads \`[${tok.text}]\`, which the worker bundle leaves out (infra/worker-bundle.ts)`);
    if (tok.kind !== 'name' || !TEST_ONLY_PROPERTIES.includes(tok.text)) continue;
    if (is(t - 1, '.')) throw new Error(`${file}: reads \`.${tok.text}\`, which the worker bundle leaves out (infra/worker-bundle.ts)`);
    const inBraces = is(t - 1, '{') || is(t - 1, ',');
    if (inBraces && (is(t + 1, '}') || is(t + 1, ',') || is(t + 1, '='))) throw new Error(`${file}: destructures \`${tok.text}\`, which the worker bundle leaves out (infra/worker-bundle.ts)`);
    // Blanked: `name: <literal>` in an object literal. A type's `name: T` or `name?: T`, or a value that is no literal, stays.
    if (!inBraces || !is(t + 1, ':')) continue;
    const end = literalValueEnd(toks, t + 2);
    if (end < 0 || !(is(end, ',') || is(end, '}'))) continue;
    spans.push([tok.start, is(end, ',') ? toks[end].end : toks[end - 1].end]);
    t = end - 1;
  }
  return spans;
}

/** The source with the test-only properties blanked: same length, line breaks kept. */
export function withoutTestOnlyProperties(src: string, file?: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of testOnlyPropertySpans(src, file)) {
    out += src.slice(at, start) + src.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + src.slice(at);
}

/** The esbuild plugin that blanks test-only properties in the extractors' sources. */
export const testOnlyPropertiesPlugin: Plugin = {
  name: 'test-only-properties',
  setup(b) {
    b.onLoad({ filter: EXTRACTOR_SOURCE }, async (args) => ({
      contents: withoutTestOnlyProperties(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};

/** esbuild options of the worker bundle: the handlers' (bundling.ts, their plugin included), without the test-only properties, its map not named. */
export function workerBuildOptions() {
  const handler = handlerBuildOptions();
  return { ...handler, sourcemap: 'external' as const, plugins: [...handler.plugins, testOnlyPropertiesPlugin] } satisfies BuildOptions;
}

/** Builds one worker entry into `outfile` (with its source map beside it). */
export async function bundleWorker(entry: string, outfile: string): Promise<void> {
  await build({ ...workerBuildOptions(), entryPoints: [entry], outfile, logLevel: 'warning' });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [entry, outfile] = process.argv.slice(2);
  if (!entry || !outfile) throw new Error('usage: tsx infra/worker-bundle.ts <entry.ts> <outfile.mjs>');
  await bundleWorker(entry, outfile);
}
