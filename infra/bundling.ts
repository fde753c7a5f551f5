/**
 * How every Lambda handler is bundled: shared by the function construct (CDK's esbuild run) and
 * bench/bundles.bench.ts (which bundles each handler the same way to measure size and cold import).
 */

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
 * esbuild options of a handler bundle, as CDK's bundling produces it (for the bench and tests that
 * bundle a handler themselves). `externalSdk = false` is the alternative the bench weighs: the
 * pinned SDK bundled from its ES build (`module`), which esbuild can tree-shake.
 */
export function handlerBuildOptions(externalSdk = true) {
  return {
    ...(externalSdk ? {} : { mainFields: ['module', 'main'] }),
    bundle: true,
    platform: 'node' as const,
    format: 'esm' as const,
    target: BUNDLE_TARGET,
    minify: true,
    banner: { js: BUNDLE_BANNER },
    external: externalSdk ? BUNDLE_EXTERNALS : [],
    metafile: true as const,
    logLevel: 'error' as const,
  };
}
