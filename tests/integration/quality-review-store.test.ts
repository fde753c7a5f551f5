/**
 * The review store on DynamoDB Local: recording a version's held-back rows writes only the rows
 * that changed since the list before (new, changed, released), 25 to a BatchWriteItem, does not
 * read the list again when the caller hands it over, and the list reads back as recorded.
 */
import { BatchWriteItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoQualityReviewStore } from '../../functions/adapters/dynamo-quality-review.js';
import type { HeldRow } from '../../functions/core/quality/review.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

const DS = 'review-store-test';
let stack: TestStack;
let reviews: DynamoQualityReviewStore;
/** The ids of the held rows each write wrote (a released marker's too). */
const written: string[] = [];
/** Requests sent, by command: PutItem, BatchWriteItem, Query. */
const sent = { put: 0, batch: 0, query: 0 };

const heldRow = (n: number, over: Partial<HeldRow> = {}): HeldRow => ({
  dataset: DS, observation_id: `row-${n}`, revision: 1, release_id: 'rel-1', source_url: 'https://example.org/r', published: '2025-10-25',
  label: `exports to partner ${n}, 2025-09: ${n} million USD`, checks: ['sign'], reasons: [`sign: figure ${n} is negative`], status: 'held', since_version: 1, ...over,
});

beforeAll(async () => {
  stack = await startTestStack();
  const client = stack.services.clients.dynamodb;
  const send = client.send.bind(client);
  // Notes every write the store sends (and each query), then sends it.
  client.send = ((command: Parameters<typeof send>[0], ...rest: unknown[]) => {
    const note = (item: Record<string, { S?: string }> | undefined) => {
      if (String(item?.pk?.S) === `QA#${DS}`) written.push(String(item?.sk?.S).replace('HELD#', ''));
    };
    if (command instanceof PutItemCommand) {
      sent.put++;
      note(command.input.Item as never);
    }
    if (command instanceof BatchWriteItemCommand) {
      sent.batch++;
      for (const request of Object.values(command.input.RequestItems ?? {}).flat()) note(request.PutRequest?.Item as never);
    }
    if (command instanceof QueryCommand) sent.query++;
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

  it('sends the rows that differ 25 to a BatchWriteItem, and reads nothing when handed the list before', async () => {
    const dataset = `${DS}-many`;
    const many = Array.from({ length: 60 }, (_, n) => ({ ...heldRow(n), dataset }));
    Object.assign(sent, { put: 0, batch: 0, query: 0 });
    await reviews.recordHeld(dataset, many, []);
    expect(sent).toEqual({ put: 0, batch: 3, query: 0 });
    const listed = await reviews.listHeld(dataset);
    expect(listed).toHaveLength(60);
    Object.assign(sent, { put: 0, batch: 0, query: 0 });
    // Ten released, one revised: eleven writes in one batch, and the list not read again.
    const next = many.slice(10).map((h) => (h.observation_id === 'row-20' ? { ...h, revision: 2 } : h));
    await reviews.recordHeld(dataset, next, listed);
    expect(sent).toEqual({ put: 0, batch: 1, query: 0 });
    expect((await reviews.listHeld(dataset)).map((h) => [h.observation_id, h.revision]).sort()).toEqual(next.map((h) => [h.observation_id, h.revision]).sort());
  });
});
