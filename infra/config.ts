/**
 * Stage configuration, parsed by zod from CDK context (`cdk synth -c stage=prod` picks `stages.prod`
 * from cdk.json). Every relaxation of a secure default must come through here, validated.
 */
import * as z from '../functions/core/zod.js';

export const StageConfig = z
  .strictObject({
    stage: z.string().check(z.regex(/^[a-z][a-z0-9-]{1,20}$/)),
    /** EventBridge Scheduler expression for ingest, e.g. "rate(1 hour)" or "cron(0 * * * ? *)". */
    ingestSchedule: z._default(z.string().check(z.regex(/^(rate|cron)\(.+\)$/)), 'rate(1 hour)'),
    /** Publish runs on its own schedule: cheap when nothing changed (one index query). */
    publishSchedule: z._default(z.string().check(z.regex(/^(rate|cron)\(.+\)$/)), 'rate(15 minutes)'),
    scheduleTimezone: z._default(z.string(), 'Asia/Shanghai'),
    logRetentionDays: z._default(z.int().check(z.positive()), 90),
    /** Keep data (bucket, table) when the stack is deleted; only a throwaway dev stage should say false. */
    retainData: z._default(z.boolean(), true),
    /** Path (relative to the repo root) of the sources file deployed to the bucket. */
    sourcesFile: z._default(z.string(), 'infra/sources.json'),
    /** Public base URL of the published datasets (CloudFront), used in notification links. */
    publicBaseUrl: z.optional(z.url()),
    /** A custom domain for the CloudFront distribution (certificate in us-east-1); links then use it. */
    publicDomain: z.optional(z.strictObject({ name: z.string().check(z.regex(/^[a-z0-9.-]+$/)), certificateArn: z.string().check(z.startsWith('arn:aws:acm:us-east-1:')) })),
    /**
     * S3 Object Lock on the data bucket: every object version is kept for `retentionDays` after it is
     * written (GOVERNANCE: only a principal with s3:BypassGovernanceRetention may delete earlier;
     * COMPLIANCE: no one, not even the account root). S3 turns it on only when a bucket is created,
     * so setting it on a deployed stage makes CloudFormation create a new, empty data bucket.
     */
    objectLock: z.optional(z.strictObject({ mode: z._default(z.enum(['GOVERNANCE', 'COMPLIANCE']), 'GOVERNANCE'), retentionDays: z.int().check(z.gte(1), z.lte(36_500)) })),
  })
  // A stack that deletes its data cannot own objects that may not be deleted.
  .check(z.refine((c) => !c.objectLock || c.retainData, { message: 'objectLock needs retainData: true (locked objects cannot be deleted with the stack)', path: ['objectLock'] }));
export type StageConfig = z.infer<typeof StageConfig>;

/** Reads the stage config from context, failing synth with the field that is wrong. */
export function stageConfigFromContext(tryGetContext: (key: string) => unknown): StageConfig {
  const stage = (tryGetContext('stage') as string | undefined) ?? 'dev';
  const stages = (tryGetContext('stages') as Record<string, unknown> | undefined) ?? {};
  const parsed = StageConfig.safeParse({ stage, ...((stages[stage] as object | undefined) ?? {}) });
  if (!parsed.success) throw new Error(`invalid stage config "${stage}": ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
