/**
 * A handler's bundle as deployed: esbuild with `splitHandlerOptions()` (bundling.ts: the handler
 * options, with a module loaded on first use as a file of its own beside the entry), the options the
 * bench and the tests bundle a handler with. CDK's NodejsFunction bundles each handler with the
 * esbuild binary, which takes no plugins; the function construct runs this after it, over CDK's
 * output (index.mjs and its map; the chunks beside it), so that what is deployed is what is measured.
 *
 *   tsx infra/handler-bundle.ts <entry.ts> <outfile.mjs>
 */
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { splitHandlerOptions } from './bundling.js';

/** Builds one handler entry into `outfile` (with its source map, and any chunk it loads, beside it). */
export async function bundleHandler(entry: string, outfile: string): Promise<void> {
  await build({ ...splitHandlerOptions(entry, outfile), logLevel: 'warning' });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [entry, outfile] = process.argv.slice(2);
  if (!entry || !outfile) throw new Error('usage: tsx infra/handler-bundle.ts <entry.ts> <outfile.mjs>');
  await bundleHandler(entry, outfile);
}
