/**
 * Stage configuration, parsed by zod from CDK context (`cdk synth -c stage=prod` picks `stages.prod`
 * from cdk.json). Every relaxation of a secure default must come through here, validated.
 */
import { z } from 'zod';

export const StageConfig = z
  .object({
    stage: z.string().regex(/^[a-z][a-z0-9-]{1,20}$/),
    /** EventBridge Scheduler expression for ingest, e.g. "rate(1 hour)" or "cron(0 * * * ? *)". */
    ingestSchedule: z.string().regex(/^(rate|cron)\(.+\)$/).default('rate(1 hour)'),
    /** Publish runs on its own schedule: cheap when nothing changed (one index query). */
    publishSchedule: z.string().regex(/^(rate|cron)\(.+\)$/).default('rate(15 minutes)'),
    scheduleTimezone: z.string().default('Asia/Shanghai'),
    logRetentionDays: z.number().int().positive().default(90),
    /** Keep data (bucket, table) when the stack is deleted; only a throwaway dev stage should say false. */
    retainData: z.boolean().default(true),
    /** Path (relative to the repo root) of the sources file deployed to the bucket. */
    sourcesFile: z.string().default('infra/sources.json'),
    /** Public base URL of the published datasets (CloudFront), used in notification links. */
    publicBaseUrl: z.string().url().optional(),
    /** A custom domain for the CloudFront distribution (certificate in us-east-1); links then use it. */
    publicDomain: z.object({ name: z.string().regex(/^[a-z0-9.-]+$/), certificateArn: z.string().startsWith('arn:aws:acm:us-east-1:') }).strict().optional(),
  })
  .strict();
export type StageConfig = z.infer<typeof StageConfig>;

/** Reads the stage config from context, failing synth with the field that is wrong. */
export function stageConfigFromContext(tryGetContext: (key: string) => unknown): StageConfig {
  const stage = (tryGetContext('stage') as string | undefined) ?? 'dev';
  const stages = (tryGetContext('stages') as Record<string, unknown> | undefined) ?? {};
  const parsed = StageConfig.safeParse({ stage, ...((stages[stage] as object | undefined) ?? {}) });
  if (!parsed.success) throw new Error(`invalid stage config "${stage}": ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
