/** The data bucket: raw releases, dataset versions, pointers, catalog. Secure by default. */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
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

export interface DataBucketProps {
  /** Keep the bucket and its objects when the stack is deleted. */
  retain: boolean;
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
    });
  }
}
