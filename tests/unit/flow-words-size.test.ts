/**
 * The flow words' expression (subjects.ts, FLOW_RE) is tried in two parts because V8 stops optimising a regular
 * expression whose source passes 20 KB (kRegExpTooLargeToOptimize, 20,480 characters): the whole of it did, and its
 * time doubled. A rule that grows a part past the limit fails here, before it slows every release down.
 */
import { describe, expect, it } from 'vitest';
import { FLOW_PART_SIZES } from '../../functions/core/extract/press-release/subjects.js';

const V8_LARGEST_OPTIMISED_SOURCE = 20 * 1024;

describe('the flow words expression', () => {
  it('keeps each part it is tried in under the size V8 optimises', () => {
    for (const size of FLOW_PART_SIZES) expect(size).toBeLessThan(V8_LARGEST_OPTIMISED_SOURCE);
  });
});
