/**
 * Public, read-only access to the published data: a CloudFront distribution in front of the
 * private bucket, through origin access control. The bucket policy lets the distribution read
 * only the published keys (functions/core/site/public-paths.ts: the site, catalog, feeds and
 * datasets/); raw releases, the query layout, state and configuration stay unreadable to it, so
 * no request can reach them whatever the path. Security headers on every response, compression,
 * a year of caching for immutable version files and hashed assets, a minute for what moves.
 */
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import {
  ASSET_PATH_PATTERN,
  CONTENT_SECURITY_POLICY,
  IMMUTABLE_MAX_AGE,
  IMMUTABLE_PATH_PATTERN,
  MOVING_MAX_AGE,
  PUBLIC_KEY_PATTERNS,
} from '../../functions/core/site/public-paths.js';

export interface PublicSiteProps {
  /** The data bucket (stays private: only this distribution may read its published keys). */
  bucket: s3.IBucket;
  /** Optional custom domain; its certificate must be in us-east-1, as CloudFront requires. */
  domain?: { name: string; certificateArn: string };
}

export class PublicSite extends Construct {
  readonly distribution: cloudfront.Distribution;
  /** The base URL every published link starts with (the custom domain when configured). */
  readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: PublicSiteProps) {
    super(scope, id);
    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'customs-publisher: strict CSP, HSTS, nosniff, no framing',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, preload: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
      // Anyone may fetch the data from a notebook or a web page of their own.
      corsBehavior: { accessControlAllowOrigins: ['*'], accessControlAllowMethods: ['GET', 'HEAD'], accessControlAllowHeaders: ['Range'], accessControlAllowCredentials: false, originOverride: true },
    });
    const cachePolicy = (name: string, seconds: number) =>
      new cloudfront.CachePolicy(this, name, {
        comment: `customs-publisher ${name}: ${seconds} s`,
        defaultTtl: Duration.seconds(seconds),
        minTtl: Duration.seconds(0),
        maxTtl: Duration.seconds(seconds),
        enableAcceptEncodingGzip: true,
        enableAcceptEncodingBrotli: true,
      });
    const immutable = cachePolicy('Immutable', IMMUTABLE_MAX_AGE);
    const moving = cachePolicy('Moving', MOVING_MAX_AGE);

    // Origin access control set up by hand: CDK's OAC helper grants the distribution every key of
    // the bucket, while the statement below names the published keys only.
    const accessControl = new cloudfront.S3OriginAccessControl(this, 'OriginAccessControl', { description: 'customs-publisher: signed reads of published keys' });
    const origin = origins.S3BucketOrigin.withBucketDefaults(props.bucket);
    const behavior = (cache: cloudfront.ICachePolicy): cloudfront.BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
      compress: true,
      cachePolicy: cache,
      responseHeadersPolicy: headers,
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'customs-publisher public datasets and catalog site',
      defaultRootObject: 'index.html',
      defaultBehavior: behavior(moving),
      additionalBehaviors: { [IMMUTABLE_PATH_PATTERN]: behavior(immutable), [ASSET_PATH_PATTERN]: behavior(immutable) },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      // The TLS floor applies with a certificate of our own; the default *.cloudfront.net one has CloudFront's.
      ...(props.domain
        ? { domainNames: [props.domain.name], certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn), minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021 }
        : {}),
    });
    const cfn = this.distribution.node.defaultChild as cloudfront.CfnDistribution;
    cfn.addPropertyOverride('DistributionConfig.Origins.0.OriginAccessControlId', accessControl.originAccessControlId);
    props.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudFrontReadsPublishedKeysOnly',
        principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:GetObject'],
        resources: PUBLIC_KEY_PATTERNS.map((pattern) => props.bucket.arnForObjects(pattern)),
        conditions: { StringEquals: { 'AWS:SourceArn': `arn:${Stack.of(this).partition}:cloudfront::${Stack.of(this).account}:distribution/${this.distribution.distributionId}` } },
      }),
    );
    this.baseUrl = props.domain ? `https://${props.domain.name}` : `https://${this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge(
      { id: 'AwsSolutions-CFR1', reason: 'Open data for everyone: no geographic restriction by design.' },
      { id: 'AwsSolutions-CFR2', reason: 'Static, read-only, cacheable files behind GET/HEAD only; a WAF web ACL is a per-deployment cost decision left to the operator.' },
      { id: 'AwsSolutions-CFR3', reason: 'CloudFront standard logs need ACLs on the log bucket, which BUCKET_OWNER_ENFORCED disallows; the bucket itself keeps server access logs of every origin read.' },
      { id: 'AwsSolutions-CFR7', reason: 'The origin uses origin access control, set by a property override (OriginAccessControlId) so the bucket grant can name published keys only; tests/infra checks it on the template.' },
      { id: 'AwsSolutions-CFR4', reason: 'Without a custom domain the default *.cloudfront.net certificate is used, whose TLS floor CloudFront sets; with one, TLSv1.2_2021 applies.' },
    );
  }
}
