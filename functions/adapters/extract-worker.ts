/**
 * Entry of the extraction worker thread (see worker-extractor.ts): serves extractRelease. Bundled
 * as extract-worker.mjs beside the normalize handler.
 */
import { extractRelease } from '../core/extract/index.js';
import { serveExtraction } from './worker-extractor.js';

serveExtraction(extractRelease);
