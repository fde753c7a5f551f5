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
    /**
     * S3 Object Lock on the data bucket: every object version is kept for `retentionDays` after it is
     * written (GOVERNANCE: only a principal with s3:BypassGovernanceRetention may delete earlier;
     * COMPLIANCE: no one, not even the account root). S3 turns it on only when a bucket is created,
     * so setting it on a deployed stage makes CloudFormation create a new, empty data bucket.
     */
    objectLock: z
      .object({ mode: z.enum(['GOVERNANCE', 'COMPLIANCE']).default('GOVERNANCE'), retentionDays: z.number().int().min(1).max(36_500) })
      .strict()
      .optional(),
  })
  .strict()
  // A stack that deletes its data cannot own objects that may not be deleted.
  .refine((c) => !c.objectLock || c.retainData, { message: 'objectLock needs retainData: true (locked objects cannot be deleted with the stack)', path: ['objectLock'] });
export type StageConfig = z.infer<typeof StageConfig>;

/** Reads the stage config from context, failing synth with the field that is wrong. */
export function stageConfigFromContext(tryGetContext: (key: string) => unknown): StageConfig {
  const stage = (tryGetContext('stage') as string | undefined) ?? 'dev';
  const stages = (tryGetContext('stages') as Record<string, unknown> | undefined) ?? {};
  const parsed = StageConfig.safeParse({ stage, ...((stages[stage] as object | undefined) ?? {}) });
  if (!parsed.success) throw new Error(`invalid stage config "${stage}": ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
