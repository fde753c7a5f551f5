/** Extraction in the calling thread, without a deadline: for tests and tools (the normalize Lambda extracts in a worker). */
import { extractRelease } from '../extract/index.js';
import type { ReleaseExtractor } from '../ports.js';

/** Runs the extractors in this thread. */
export const inProcessExtractor: ReleaseExtractor = { extract: async (body, context, options) => extractRelease(body, context, options) };
