/**
 * The stores of observation rows and of held-back rows, for the stages that read or write rows
 * (normalize, publish). Kept out of runtime.ts so that ingest's bundle leaves them out, with the
 * code lists the observation store loads: about 20 KB and a tenth of ingest's import time
 * (README "Lambda bundles and cold start").
 */
import { dynamoClient } from './aws-clients/dynamodb.js';
import { DynamoObservationStore } from './adapters/dynamo-observation-store.js';
import { DynamoQualityReviewStore } from './adapters/dynamo-quality-review.js';
import type { Runtime } from './runtime.js';

const observationStores = new WeakMap<Runtime, DynamoObservationStore>();
const reviewStores = new WeakMap<Runtime, DynamoQualityReviewStore>();

/** The runtime's observation store (built once per runtime). */
export function observationStore(rt: Runtime): DynamoObservationStore {
  let store = observationStores.get(rt);
  if (!store) observationStores.set(rt, (store = new DynamoObservationStore(dynamoClient(rt.config), rt.config.tableName, rt.datasets)));
  return store;
}

/** The runtime's store of rows the quality gate held back and of operators' decisions (built once per runtime). */
export function qualityReviewStore(rt: Runtime): DynamoQualityReviewStore {
  let store = reviewStores.get(rt);
  if (!store) reviewStores.set(rt, (store = new DynamoQualityReviewStore(dynamoClient(rt.config), rt.config.tableName)));
  return store;
}
