/**
 * zod as the functions use it: the functional `zod/mini` API with English error messages.
 * Every schema in functions/ (and infra/config.ts) is built from it: `import * as z from './zod.js'`.
 *
 * Why mini: zod's classic API gives every schema its methods, which costs each Lambda bundle about
 * 75 KB and its cold import tens of milliseconds (README "Lambda bundles and cold start"); mini's
 * schemas are plain and its checks are functions, so the bundle keeps only what a schema uses.
 * Mini loads no locale of its own (its messages would all read "Invalid input"): the English one
 * is set here, so users read the same messages as with the classic API.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

// Re-exported name by name (callers `import * as z`), not as one namespace object: the bundler can
// then keep only the functions the schemas call.
export * from 'zod/mini';
