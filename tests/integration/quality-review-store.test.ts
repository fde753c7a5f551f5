/**
 * The review store on DynamoDB Local: recording a version's held-back rows writes only the rows
 * that changed since the list before (new, changed, released), and the list reads back as recorded.
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoQualityReviewStore } from '../../functions/adapters/dynamo-quality-review.js';
import type { HeldRow } from '../../functions/core/quality/review.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

const DS = 'review-store-test';
let stack: TestStack;
let reviews: DynamoQualityReviewStore;
/** The ids of the held rows each PutItem wrote (a released marker's too). */
const written: string[] = [];

const heldRow = (n: number, over: Partial<HeldRow> = {}): HeldRow => ({
  dataset: DS, observation_id: `row-${n}`, revision: 1, release_id: 'rel-1', source_url: 'https://example.org/r', published: '2025-10-25',
  label: `exports to partner ${n}, 2025-09: ${n} million USD`, checks: ['sign'], reasons: [`sign: figure ${n} is negative`], status: 'held', since_version: 1, ...over,
});

beforeAll(async () => {
  stack = await startTestStack();
  const client = stack.services.clients.dynamodb;
  const send = client.send.bind(client);
  // Notes every PutItem the store sends, then sends it.
  client.send = ((command: Parameters<typeof send>[0], ...rest: unknown[]) => {
    if (command instanceof PutItemCommand && String(command.input.Item?.pk?.S) === `QA#${DS}`) written.push(String(command.input.Item?.sk?.S).replace('HELD#', ''));
    return (send as (...args: unknown[]) => ReturnType<typeof send>)(command, ...rest);
  }) as typeof client.send;
  reviews = new DynamoQualityReviewStore(client, LOCAL_NAMES.table);
});

afterAll(async () => {
  await stack?.stop();
});

describe('recording held-back rows in DynamoDB', () => {
  it('writes only the rows new, changed or released since the list before, and reads back the list recorded', async () => {
    const first = [1, 2, 3, 4].map((n) => heldRow(n));
    await reviews.recordHeld(DS, first);
    expect(written.sort()).toEqual(['row-1', 'row-2', 'row-3', 'row-4']);
    expect(await reviews.listHeld(DS)).toEqual(first);

    written.length = 0;
    // Row 1 unchanged (its fields in another order), row 2 revised, row 3 rejected, row 4 released, row 5 new.
    const { reasons, label, ...rest } = first[0];
    const second = [{ reasons, ...rest, label }, heldRow(2, { revision: 2, since_version: 2, shown_revision: null }), heldRow(3, { status: 'rejected' }), heldRow(5, { since_version: 2 })];
    await reviews.recordHeld(DS, second);
    expect(written.sort()).toEqual(['row-2', 'row-3', 'row-4', 'row-5']);
    const listed = await reviews.listHeld(DS);
    expect(listed.map((h) => h.observation_id).sort()).toEqual(['row-1', 'row-2', 'row-3', 'row-5']);
    // Nothing shown in its place reads back as such (null), not as a list recorded before that was kept.
    expect(listed.find((h) => h.observation_id === 'row-2')).toEqual(second[1]);
    expect(listed.find((h) => h.observation_id === 'row-3')?.status).toBe('rejected');

    written.length = 0;
    await reviews.recordHeld(DS, second);
    expect(written).toEqual([]);
  });
});
