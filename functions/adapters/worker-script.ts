/**
 * Where a worker thread's JavaScript is: `<name>.mjs` beside the Lambda bundle (infra/ bundles each
 * worker entry next to its handler: `workerEntries` in publisher-stack.ts), else the TypeScript entry
 * `<name>.ts` of this folder bundled on the spot (a run from the repository).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The URL a `new Worker` loads for the worker entry `name` (extract-worker, publish-worker), or for an explicit module (bundled first when it is TypeScript). */
export async function workerScript(name: string, configured?: URL): Promise<URL> {
  const bundled = new URL(`./${name}.mjs`, import.meta.url);
  const url = configured ?? (existsSync(fileURLToPath(bundled)) ? bundled : new URL(`./${name}.ts`, import.meta.url));
  if (!url.pathname.endsWith('.ts')) return url;
  // A computed specifier, so that the Lambda bundler does not pull esbuild into the bundle.
  const devBundler = new URL('./worker-source-bundle.ts', import.meta.url).href;
  const { bundleWorkerSource } = (await import(devBundler)) as typeof import('./worker-source-bundle.js');
  return bundleWorkerSource(url);
}
