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
 * JavaScript v3 and keeps it patched. Bundling our pinned SDK instead would make each bundle
 * reproducible to the SDK version but ~4-5x larger (the clients and @smithy/* add about 900 KB
 * minified to each) and slower to load; the SDK calls we make (S3 put/get/copy/multipart upload,
 * DynamoDB item and query calls, SNS publish, SQS send) are stable across v3 releases. Local
 * runs and tests use the pinned versions in package.json.
 */
export const BUNDLE_EXTERNALS = ['@aws-sdk/*'];

/** esbuild options of a handler bundle, as CDK's bundling produces it (for the bench and tests that bundle a handler themselves). */
export function handlerBuildOptions(externalSdk = true) {
  return {
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
