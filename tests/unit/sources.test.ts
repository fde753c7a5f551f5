import { describe, expect, it } from 'vitest';
import { parseSourcesFile } from '../../functions/core/sources.js';

const valid = { id: 'urumqi-customs', kind: 'press-release', dataset: 'xinjiang-trade', discovery: { type: 'feed', url: 'https://example.org/feed.xml' } };

describe('parseSourcesFile', () => {
  it('fills politeness defaults for a valid source', () => {
    const { sources, errors } = parseSourcesFile(JSON.stringify({ sources: [valid] }));
    expect(errors).toEqual([]);
    expect(sources[0].politeness).toMatchObject({ min_interval_ms: 1000, timeout_ms: 15000, max_attempts: 3 });
    expect(sources[0].local).toBe(false);
  });

  it('names the source and the field of an invalid entry and keeps the valid ones', () => {
    const { sources, errors } = parseSourcesFile(JSON.stringify({ sources: [valid, { ...valid, id: 'bad-one', kind: 'pdf' }, { ...valid, id: 'no-url', discovery: { type: 'feed' } }] }), 'sources.json');
    expect(sources.map((s) => s.id)).toEqual(['urumqi-customs']);
    expect(errors[0]).toMatch(/^sources\.json: source bad-one: kind: /);
    expect(errors[1]).toMatch(/^sources\.json: source no-url: discovery\.url: /);
  });

  it('says in words what is wrong with each field (zod/mini with its English messages, not "Invalid input")', () => {
    const entry = { ...valid, id: 'wrong-fields', kind: 'pdf', discovery: { type: 'feed', url: 'not a url' }, politeness: { retries: 9, timeout_ms: 1.5 }, colour: 'red' };
    const { errors } = parseSourcesFile(JSON.stringify({ sources: [entry], quality: { twin_band_pct: -1 } }), 'sources.json');
    expect(errors).toEqual([
      'sources.json: source wrong-fields: kind: Invalid option: expected one of "press-release"|"statistical-table"; discovery.url: Invalid URL; ' +
        'politeness.timeout_ms: Invalid input: expected int, received number; politeness.retries: Too big: expected number to be <=5; (entry): Unrecognized key: "colour"',
      'sources.json: quality: twin_band_pct: Too small: expected number to be >0; the default quality settings apply',
    ]);
  });

  it('reports duplicates and unreadable files', () => {
    expect(parseSourcesFile(JSON.stringify({ sources: [valid, valid] })).errors[0]).toMatch(/source urumqi-customs: duplicate id/);
    expect(parseSourcesFile('{').errors[0]).toMatch(/not valid JSON/);
    expect(parseSourcesFile('[]').errors[0]).toMatch(/"sources" array/);
  });
});
