/**
 * An extraction worker for tests of the deadline: it serves the real extractRelease, except that a
 * body containing "spin forever" loops without end and one containing "allocate forever" keeps
 * allocating, the two ways an extractor bug could hold normalize that the input caps cannot see.
 */
import { extractRelease } from '../../functions/core/extract/index.js';
import { serveExtraction } from '../../functions/adapters/worker-extractor.js';

serveExtraction((body, context, options) => {
  if (body.includes('spin forever')) for (;;);
  if (body.includes('allocate forever')) {
    const hoard: string[][] = [];
    for (;;) hoard.push(new Array(100_000).fill(body));
  }
  return extractRelease(body, context, options);
});
