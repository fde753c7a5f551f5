/**
 * What publish's read of a dataset costs on DynamoDB Local, before and after rows were kept in
 * publish order: the old read (every current item by id, sorted in memory; a range only filters
 * after reading) against a Query on the ordered keys, whole and from the last four of 200 months
 * (what a monthly release's version reads). Items read is the sum of the Queries' ScannedCount:
 * what DynamoDB bills reads for. Best of three passes each.
 * Run: npm run bench -- dynamo-scan (DYNAMO_SCAN_BENCH_ROWS=20000 by default; DynamoDB Local
 * needs a minute or two to load that many).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DeleteItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Observation } from '../functions/core/contract.js';
import type { ScanRange } from '../functions/core/ports.js';

const ROWS = Number(process.env.DYNAMO_SCAN_BENCH_ROWS ?? 20_000);
const MONTHS = 200;
const DATASET = 'scan-bench';
const month = (m: number) => `${2009 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

function row(i: number): Observation {
  const period = month(Math.floor((i * MONTHS) / ROWS));
  return {
    observation_id: (i * 2654435761 % 2 ** 32).toString(16).padStart(20, '0'), dataset: DATASET, area: 'China', partner: `Partner ${i % 40}`, flow: 'export',
    commodity: `HS ${i % 97} commodity group`, breakdown: '', measure: 'value', period_start: period, period_end: period, value: 1000 + i, unit: 'CNY', qualifier: 'exact',
    yoy_pct: null, status: 'preliminary', release_id: `rel-${period}`, source_url: `https://example.test/${period}`,
    source_quote: `In ${period} exports of group ${i % 97} to partner ${i % 40} came to ${1000 + i} yuan.`, published: '2025-01-07', revision: 1,
    period_type: 'month', partner_code: '', area_code: '', is_total: false,
  };
}

/** The client as the store sees it, adding up the items each Query read. */
function counting(client: DynamoDBClient, read: { items: number }): DynamoDBClient {
  return new Proxy(client, {
    get(target, name, receiver) {
      if (name !== 'send') return Reflect.get(target, name, receiver);
      return async (command: unknown) => {
        const out = await target.send(command as never);
        if (command instanceof QueryCommand) read.items += (out as { ScannedCount?: number }).ScannedCount ?? 0;
        return out;
      };
    },
  });
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const { startLocalServices, LOCAL_NAMES } = await import('../bin/local/services.js');
  const { batchWrite } = await import('../functions/adapters/dynamo-table.js');
  const { orderedItem, orderedPk, orderedSk, markOrdered } = await import('../functions/adapters/dynamo-publish-order.js');
  const { DynamoObservationStore } = await import('../functions/adapters/dynamo-observation-store.js');
  const { DynamoDatasetStateStore } = await import('../functions/adapters/dynamo-dataset-state.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'dynamo-scan-bench-'));
  const services = await startLocalServices({ dataDir, persistent: false });
  const client = services.clients.dynamodb;
  const table = LOCAL_NAMES.table;
  try {
    const loadStarted = performance.now();
    for (let i = 0; i < ROWS; i += 500) {
      const rows = Array.from({ length: Math.min(500, ROWS - i) }, (_, k) => row(i + k));
      await batchWrite(client, table, rows.flatMap((r) => [
        { PutRequest: { Item: marshall({ ...r, pk: `OBS#${DATASET}`, sk: r.observation_id, removed: false }) } },
        { PutRequest: { Item: orderedItem(orderedPk(DATASET), orderedSk(r), r) } },
      ]));
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const read = { items: 0 };
    const store = new DynamoObservationStore(counting(client, read), table, new DynamoDatasetStateStore(client, table));
    const time = async (label: string, range?: ScanRange) => {
      let best = Infinity;
      let rows = 0;
      let items = 0;
      for (let pass = 0; pass < 3; pass++) {
        read.items = 0;
        rows = 0;
        const started = performance.now();
        for await (const _ of store.scan(DATASET, range)) rows++;
        best = Math.min(best, (performance.now() - started) / 1000);
        items = read.items;
      }
      return { case: label, 'rows in table': ROWS, 'rows returned': rows, 'items read': items, 'best wall s': best };
    };
    const lastFour = { fromPeriodEnd: month(MONTHS - 4) };
    const rows: Array<Record<string, string | number>> = [];
    await client.send(new DeleteItemCommand({ TableName: table, Key: { pk: { S: `ORDKEYS#${DATASET}` }, sk: { S: 'STATE' } } }));
    rows.push(await time('before: every item by id, sorted in memory'));
    rows.push(await time('before: from the last 4 months (read all, then filtered)', lastFour));
    await markOrdered(client, table, DATASET);
    rows.push(await time('ordered keys: Query, whole dataset'));
    rows.push(await time('ordered keys: Query from the last 4 months', lastFour));
    rows.push({ case: `(loading ${ROWS} rows, by id and ordered)`, 'best wall s': loadSeconds });
    return rows;
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
