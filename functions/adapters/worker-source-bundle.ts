/**
 * Runs from the repository only (npm start, tests, tools): a worker thread cannot load TypeScript,
 * so its entry is bundled with esbuild (a devDependency) into a temporary folder first, the way
 * infra/ bundles it for Lambda. About 0.3 s once per entry and process; loading the same modules
 * through a TypeScript loader in the worker took seconds on every start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const built = new Map<string, Promise<URL>>();

/** The URL of a plain-JavaScript bundle of a TypeScript worker entry (built once per process). */
export function bundleWorkerSource(entry: URL): Promise<URL> {
  let bundle = built.get(entry.href);
  if (!bundle) {
    bundle = (async () => {
      const folder = mkdtempSync(join(tmpdir(), 'customs-publisher-worker-'));
      // Removed when the process ends: every test process and local run builds its own.
      process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
      const outfile = join(folder, 'worker.mjs');
      await build({
        entryPoints: [fileURLToPath(entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error',
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      });
      return pathToFileURL(outfile);
    })();
    built.set(entry.href, bundle);
  }
  return bundle;
}
