/**
 * How every Lambda handler is bundled: shared by the function construct (CDK's esbuild run) and
 * bench/bundles.bench.ts (which bundles each handler the same way to measure size and cold import).
 */

import { basename, dirname } from 'node:path';
import { parquetFeaturesPlugin } from './parquet-features.js';

/** ESM bundles need a require shim for the CommonJS parts of dependencies. */
export const BUNDLE_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** esbuild target: the Lambda runtime's Node.js major (NODEJS_24_X). */
export const BUNDLE_TARGET = 'node24';

/**
 * Left out of the bundle and loaded from the Lambda runtime, which ships the AWS SDK for
 * JavaScript v3 and keeps it patched. Bundling our pinned SDK instead (tree-shaken from its ES
 * build) would make each bundle reproducible to the SDK version but 485-623 KB with only DynamoDB
 * in it, for an import that is not reliably faster (bench/bundles.bench.ts, README "Lambda bundles
 * and cold start"); the SDK calls we make (S3 put/get/copy/multipart upload, DynamoDB item and
 * query calls, SNS publish, SQS send) are stable across v3 releases. Local runs and tests use the
 * pinned versions in package.json.
 */
export const BUNDLE_EXTERNALS = ['@aws-sdk/*'];

/**
 * Source maps ship with every bundle, so that the stack traces in the logs (NODE_OPTIONS
 * --enable-source-maps) name our files and lines; without the sources' text (sourcesContent), which
 * only a debugger shows. Node.js reads and parses a bundle's map when it loads the bundle: with the
 * sources in it the maps were 1.1-2.1 MB and cost 40-80 ms CPU of every cold import (the extraction
 * worker's 80); the mappings alone are a third of that size and cost 5-20 ms (bench/bundles.bench.ts).
 */
export const BUNDLE_SOURCES_CONTENT = false;

/** NODE_OPTIONS of every function (publish adds its own flags, infra/node-options.ts). */
export const FUNCTION_NODE_OPTIONS = ['--enable-source-maps'];

/**
 * esbuild options of a handler bundle as deployed (for the bench and tests that bundle a handler
 * themselves): CDK's bundling settings plus a plugin, which CDK's esbuild run cannot take, so the
 * function construct builds the deployed bundle again with these options (`handlerBundleCommand`).
 * The plugin leaves out the Parquet writer's features publish never uses (parquet-features.ts).
 * `externalSdk = false` is the alternative the bench weighs: the pinned SDK bundled from its ES
 * build (`module`), which esbuild can tree-shake.
 */
export function handlerBuildOptions(externalSdk = true) {
  return {
    ...(externalSdk ? {} : { mainFields: ['module', 'main'] }),
    bundle: true,
    platform: 'node' as const,
    format: 'esm' as const,
    target: BUNDLE_TARGET,
    minify: true,
    sourcemap: true,
    sourcesContent: BUNDLE_SOURCES_CONTENT,
    banner: { js: BUNDLE_BANNER },
    external: externalSdk ? BUNDLE_EXTERNALS : [],
    metafile: true as const,
    logLevel: 'error' as const,
    plugins: [parquetFeaturesPlugin],
  };
}

/**
 * esbuild options of a handler as deployed into `outfile` (CDK's index.mjs): `handlerBuildOptions()` with code
 * splitting, so that a module the handler loads on first use (`import()`, e.g. publish's version-steps.ts, which only
 * a run with something to publish needs) is a file of its own beside the entry, loaded when first called rather than
 * parsed at every cold start. Code shared by the entry and such a module goes into a shared chunk the entry imports
 * at once. Every file sits beside the entry (`chunkNames` has no folder), so `import.meta.url` names the same folder
 * in each of them (a worker script beside the bundle is found from any). Without a dynamic import the output is the
 * single entry file `handlerBuildOptions()` builds. The one-file options stay for the workers, the tests and benches
 * that want one file (esbuild then inlines a dynamic import as a wrapped module).
 */
export function splitHandlerOptions(entry: string, outfile: string, externalSdk = true) {
  const name = basename(outfile).replace(/\.mjs$/, '');
  return {
    ...handlerBuildOptions(externalSdk),
    splitting: true,
    entryPoints: [{ in: entry, out: name }],
    outdir: dirname(outfile),
    outExtension: { '.js': '.mjs' },
    chunkNames: `${name}-[name]-[hash]`,
  };
}

/**
 * The shell command that bundles a handler as deployed over CDK's own output (`outfile` is CDK's
 * index.mjs, its map beside it): infra/handler-bundle.ts, with `handlerBuildOptions()`, run with the
 * repository's tsx. CDK's NodejsFunction runs the esbuild binary, which takes no plugins.
 */
export function handlerBundleCommand(repo: string, entry: string, outfile: string): string {
  return `"${repo}/node_modules/.bin/tsx" "${repo}/infra/handler-bundle.ts" "${entry}" "${outfile}"`;
}

/**
 * The shell command that bundles a worker-thread entry beside its handler (a worker loads its own
 * module): infra/worker-bundle.ts, the handler's options and one step of the worker's own (the
 * extractors' test-only examples left out), run with the repository's tsx. `repo` is the project
 * root CDK bundles from.
 */
export function workerBundleCommand(repo: string, entry: string, outfile: string): string {
  return `"${repo}/node_modules/.bin/tsx" "${repo}/infra/worker-bundle.ts" "${entry}" "${outfile}"`;
}
