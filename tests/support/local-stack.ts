/**
 * Test support: the same local services and sample server `npm start` uses, started in a
 * temporary folder for one test file and torn down after it.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SOURCES_KEY } from '../../functions/config/env.js';
import { startLocalServices, LOCAL_NAMES, type LocalServices } from '../../bin/local/services.js';
import { useLocalEnvironment } from '../../bin/local/pipeline.js';

export interface TestStack {
  services: LocalServices;
  dataDir: string;
  /** Writes the sources file the handlers read (with an optional `quality` block). */
  putSources(sources: unknown[], quality?: unknown): Promise<void>;
  stop(): Promise<void>;
}

/** Starts DynamoDB Local and fauxqs (S3, SNS, SQS) for one test file. */
export async function startTestStack(): Promise<TestStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'customs-publisher-test-'));
  const services = await startLocalServices({ dataDir, persistent: false });
  useLocalEnvironment(services);
  return {
    services,
    dataDir,
    async putSources(sources, quality) {
      await services.clients.s3.send(new PutObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: DEFAULT_SOURCES_KEY, Body: JSON.stringify(quality === undefined ? { sources } : { sources, quality }), ContentType: 'application/json' }));
    },
    async stop() {
      await services.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
