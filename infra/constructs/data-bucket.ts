/** The data bucket: raw releases, dataset versions, pointers, catalog. Secure by default. */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** The secure defaults every bucket of this app starts from; callers merge validated overrides on top. */
export function secureBucketDefaults(retain: boolean): s3.BucketProps {
  return {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: false,
  };
}

/** Keys that are written once and never deleted: raw releases and dataset versions (datasets/<id>/v<N>/...). */
export const PROTECTED_KEYS = ['raw/*', 'datasets/*/v*/*'];

export interface DataBucketProps {
  /** Keep the bucket and its objects when the stack is deleted. */
  retain: boolean;
  /** S3 Object Lock default retention for every object version (only possible on a new bucket). */
  objectLock?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; retentionDays: number };
}

/** The bucket's default retention for a stage's Object Lock setting. */
function defaultRetention(lock: NonNullable<DataBucketProps['objectLock']>): s3.ObjectLockRetention {
  const days = Duration.days(lock.retentionDays);
  return lock.mode === 'COMPLIANCE' ? s3.ObjectLockRetention.compliance(days) : s3.ObjectLockRetention.governance(days);
}

export class DataBucket extends Construct {
  /** The bucket holding everything the pipeline writes. */
  readonly bucket: s3.Bucket;
  /** Where the buckets of this app deliver their server access logs. */
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataBucketProps) {
    super(scope, id);
    const logs = (this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      ...secureBucketDefaults(props.retain),
      // Access logs can only be delivered with SSE-S3 and must not log themselves.
      lifecycleRules: [{ expiration: Duration.days(365) }],
    }));
    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...secureBucketDefaults(props.retain),
      // Versioning keeps every overwritten pointer; raw releases and dataset versions are never overwritten.
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'data/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90), abortIncompleteMultipartUploadAfter: Duration.days(2) }],
      // Versions stay locked for the retention even where the lifecycle would expire them earlier;
      // overwriting a pointer still works (it adds a version). S3 requires a checksum on every
      // upload to such a bucket: the AWS SDK sends one by default outside local emulators.
      ...(props.objectLock ? { objectLockEnabled: true, objectLockDefaultRetention: defaultRetention(props.objectLock) } : {}),
    });
    if (props.retain) {
      // Archived releases and published versions are the record users cite: no one deletes them,
      // not even an administrator in a hurry (lift this statement deliberately to clean up).
      this.bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'ProtectArchiveAndVersions',
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
          resources: PROTECTED_KEYS.map((pattern) => this.bucket.arnForObjects(pattern)),
        }),
      );
    }
  }
}
