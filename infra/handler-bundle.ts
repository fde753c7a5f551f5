/**
 * A handler's bundle as deployed: esbuild with `handlerBuildOptions()` (bundling.ts), the options
 * the bench and the tests bundle a handler with. CDK's NodejsFunction bundles each handler with the
 * esbuild binary, which takes no plugins; the function construct runs this after it, over CDK's
 * output (index.mjs and its map), so that what is deployed is what is measured.
 *
 *   tsx infra/handler-bundle.ts <entry.ts> <outfile.mjs>
 */
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { handlerBuildOptions } from './bundling.js';

/** Builds one handler entry into `outfile` (with its source map beside it). */
export async function bundleHandler(entry: string, outfile: string): Promise<void> {
  await build({ ...handlerBuildOptions(), entryPoints: [entry], outfile, logLevel: 'warning' });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [entry, outfile] = process.argv.slice(2);
  if (!entry || !outfile) throw new Error('usage: tsx infra/handler-bundle.ts <entry.ts> <outfile.mjs>');
  await bundleHandler(entry, outfile);
}
